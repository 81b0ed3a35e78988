/** Sections (Ressorts) for articles: German text analysis, the section signals and the text classifier trained on the user's own articles. */
package de.presseschau.topics;
