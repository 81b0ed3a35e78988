/** Full-text search over the stored articles: a Lucene index with German analysis, kept beside the database. */
package de.presseschau.search;
