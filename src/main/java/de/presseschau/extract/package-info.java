/** Finds the article body in a publisher's page with jsoup and sanitizes it. */
package de.presseschau.extract;
