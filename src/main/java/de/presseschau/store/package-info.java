/** The embedded H2 database through Jdbi: migrations and one store per table. All SQL lives here. */
package de.presseschau.store;
