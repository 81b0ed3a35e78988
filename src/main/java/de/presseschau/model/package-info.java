/** The data Presseschau works with, as plain records: feeds, articles, subscriptions. */
package de.presseschau.model;
