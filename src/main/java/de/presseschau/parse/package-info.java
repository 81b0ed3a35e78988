/** Turns feed bytes into our own records with ROME; ROME types never leave this package. */
package de.presseschau.parse;
