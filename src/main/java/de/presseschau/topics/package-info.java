/** Sections (Ressorts) and stories for articles: German text analysis, the section signals, the text classifier trained on the user's own articles, and the similarity that tells whether two articles report one story. */
package de.presseschau.topics;
