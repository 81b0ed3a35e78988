/** HTTP for feeds and article pages: conditional GET, gzip, redirects, timeouts and size limits. */
package de.presseschau.fetch;
