package de.presseschau.topics;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * German text analysis with Lucene: Unicode word tokens, lower case, German stopwords dropped, the Snowball
 * German stemmer ("Wahlen" and "Wahl" meet) with umlauts and ß folded ("Straße" and "Strasse" meet); numbers are dropped.
 */
public final class GermanAnalysis {

    private static final String NUMBER = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

    private final Analyzer analyzer = new GermanTextAnalyzer();

    /** The text's terms in order; safe to call from several threads. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!NUMBER.equals(type.type()) && term.length() > 1) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not analyse text", e);
        }
        return terms;
    }
}
