/** Turns feed bytes into our own records: decoding, XML repair, a strict JDOM parse and the mapping of every feed dialect. */
package de.presseschau.parse;
