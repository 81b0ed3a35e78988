package de.presseschau.store;

import de.presseschau.model.Extraction;

import java.time.Instant;

/**
 * What an article page gave: the sanitized body and its text, the author and publication time it states (either may
 * be null), and whether it was the whole article ({@link Extraction#EXTRACTED}) or only the free beginning
 * ({@link Extraction#PAYWALL}, with the reason in {@code note}).
 */
public record PageBody(String contentHtml, String contentText, String author, Instant publishedAt,
                       Extraction extraction, String note) {
}
