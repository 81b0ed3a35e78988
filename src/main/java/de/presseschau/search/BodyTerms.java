package de.presseschau.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a query's terms each hit's body holds and where the first of them stands, read from the index's postings:
 * a snippet then looks only for those, starting where the index says, and a hit found by its headline alone is never
 * analysed word by word to learn that its body has no match.
 */
final class BodyTerms {

    /** The terms a body holds, and the character offset of the first match in it (-1 when the index has none). */
    record Found(Set<String> terms, int firstOffset) {
    }

    private BodyTerms() {
    }

    /** For each of {@code docs} (in that order), what of {@code terms} its {@code field} holds. */
    static List<Found> of(IndexReader reader, String field, int[] docs, Set<String> terms) throws IOException {
        List<Set<String>> found = new ArrayList<>(docs.length);
        int[] first = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            found.add(new HashSet<>());
            first[i] = -1;
        }
        // Postings only move forward: visit the hits in document order, one enumeration per term and segment.
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        List<LeafReaderContext> leaves = reader.leaves();
        List<String> termList = List.copyOf(terms);
        PostingsEnum[] postings = new PostingsEnum[termList.size()];
        int leafIndex = -1;
        for (int i : order) {
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                for (int t = 0; t < postings.length; t++) {
                    postings[t] = leaves.get(leaf).reader().postings(new Term(field, termList.get(t)), PostingsEnum.OFFSETS);
                }
            }
            int doc = docs[i] - leaves.get(leaf).docBase;
            for (int t = 0; t < postings.length; t++) {
                PostingsEnum posting = postings[t];
                if (posting != null && (posting.docID() >= doc ? posting.docID() : posting.advance(doc)) == doc) {
                    found.get(i).add(termList.get(t));
                    // A term's first position is its first occurrence; without offsets in the index this is -1.
                    posting.nextPosition();
                    int offset = posting.startOffset();
                    if (offset >= 0 && (first[i] < 0 || offset < first[i])) {
                        first[i] = offset;
                    }
                }
            }
        }
        List<Found> result = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            result.add(new Found(found.get(i), first[i]));
        }
        return result;
    }
}
