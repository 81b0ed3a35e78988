package de.presseschau.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the known words a German compound is made of: "bundesregierung" ends in the known word "regierung",
 * "fussballspiel" starts with "fussball". The known words are the ones the training texts use often enough.
 */
final class CompoundSplitter {

    /** Parts shorter than this ("ein", "er") match inside too many unrelated words. */
    static final int MIN_PART = 4;

    private final Set<String> words;

    CompoundSplitter(Set<String> words) {
        this.words = words;
    }

    /** The longest known word the term ends with and the longest it starts with, each shorter than the term. */
    List<String> parts(String term) {
        List<String> parts = new ArrayList<>(2);
        if (term.length() < 2 * MIN_PART) {
            return parts;
        }
        for (int start = MIN_PART - 1; start + MIN_PART <= term.length(); start++) {
            String head = term.substring(start);
            if (words.contains(head)) {
                parts.add(head);
                break;
            }
        }
        for (int end = term.length() - MIN_PART + 1; end >= MIN_PART; end--) {
            String modifier = term.substring(0, end);
            if (words.contains(modifier)) {
                parts.add(modifier);
                break;
            }
        }
        return parts;
    }
}
