package de.presseschau.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.German2Stemmer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The German analysis of index and query alike: word tokens, lower case, German stopwords dropped, the Snowball
 * German2 stemmer, which also folds umlauts, "ae"/"oe"/"ue" and ß ("Wahlen" meets "Wahl", "Straße" meets "Strasse").
 * Unlike the classifier's analysis it keeps numbers: people search for "G20" or "2026".
 */
final class SearchAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        // Stopwords before stemming: the stop list is spelt with umlauts ("für", "über").
        stream = new StopFilter(stream, GermanAnalyzer.getDefaultStopSet());
        stream = new SnowballFilter(stream, new German2Stemmer());
        return new TokenStreamComponents(source, stream);
    }

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
}
