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
 * Which of a query's terms each hit's field holds and where they stand, read from the index's postings: the marks
 * are set where the index says, so a hit's headline and snippet need no analysis word by word, and a field without a
 * match is never analysed to learn that it has none.
 */
final class FieldMatches {

    /**
     * The terms a field holds, and where: {@code offsets} pairs each match's start and end (its characters as
     * indexed), by start; empty when the field holds none or the index has no offsets (an index from before them).
     */
    record Found(Set<String> terms, int[] offsets) {

        static final Found NONE = new Found(Set.of(), new int[0]);
    }

    private FieldMatches() {
    }

    /** For each of {@code docs} (in that order), what of {@code terms} its {@code field} holds, and where. */
    static List<Found> of(IndexReader reader, String field, int[] docs, Set<String> terms) throws IOException {
        List<Set<String>> found = new ArrayList<>(docs.length);
        List<List<int[]>> offsets = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            found.add(new HashSet<>());
            offsets.add(new ArrayList<>());
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
                    for (int n = posting.freq(); n > 0; n--) {
                        posting.nextPosition();
                        // Without offsets in the index this is -1.
                        if (posting.startOffset() >= 0) {
                            offsets.get(i).add(new int[] {posting.startOffset(), posting.endOffset()});
                        }
                    }
                }
            }
        }
        List<Found> result = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            List<int[]> matches = offsets.get(i);
            matches.sort((a, b) -> Integer.compare(a[0], b[0]));
            int[] flat = new int[2 * matches.size()];
            for (int m = 0; m < matches.size(); m++) {
                flat[2 * m] = matches.get(m)[0];
                flat[2 * m + 1] = matches.get(m)[1];
            }
            result.add(new Found(found.get(i), flat));
        }
        return result;
    }
}
