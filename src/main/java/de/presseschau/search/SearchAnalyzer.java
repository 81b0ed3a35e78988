package de.presseschau.search;

import de.presseschau.topics.GermanTextAnalyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The German analysis of index and query alike ({@link GermanTextAnalyzer}), with the offsets the highlighter
 * needs. Unlike the classifier's analysis it keeps numbers: people search for "G20" or "2026".
 */
final class SearchAnalyzer extends GermanTextAnalyzer {

    /** A term and where it stands in the text. */
    record Token(String term, int start, int end) {
    }

    /** The text's terms with their character offsets, in order. */
    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        try (TokenStream stream = tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not analyse text", e);
        }
        return tokens;
    }

    /** Where the first word whose term is in {@code terms} starts, analysing no further; -1 when none is. */
    int firstOffset(String text, Set<String> terms) {
        try (TokenStream stream = tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (terms.contains(term.toString())) {
                    return offset.startOffset();
                }
            }
            stream.end();
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not analyse text", e);
        }
    }
}
