/** Turns feed bytes into our own records: decoding, XML repair, a strict JDOM parse, ROME on that tree, and the tree itself for what ROME loses. */
package de.presseschau.parse;
