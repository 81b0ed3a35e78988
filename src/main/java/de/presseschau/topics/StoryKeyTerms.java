package de.presseschau.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why articles belong to one story, in words a reader knows: the capitalised words (in German the nouns, names and
 * places; in the text not the first word of a sentence) whose stems most of the articles share in their headline and opening.
 */
public final class StoryKeyTerms {

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}-]*\\p{L}");
    private static final int MIN_LENGTH = 3;
    /** Headlines name the event: a word there counts as much as three in the text. */
    private static final int TITLE_WEIGHT = 3;

    private final GermanAnalysis analysis;

    public StoryKeyTerms(GermanAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * Up to {@code limit} words shared by at least two of the articles, those shared by the most articles first,
     * then the most frequent (in headlines most); each in its most common spelling.
     */
    public List<String> shared(List<StoryText> articles, int limit) {
        Map<String, Integer> articlesWithStem = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, String> stemOfWord = new HashMap<>();
        for (StoryText article : articles) {
            String opening = article.text().length() <= StorySimilarity.LEAD_CHARS ? article.text()
                    : article.text().substring(0, StorySimilarity.LEAD_CHARS);
            Set<String> seen = new HashSet<>();
            String read = article.title() + "\n" + opening;
            Matcher words = CAPITALISED.matcher(read);
            while (words.find()) {
                String word = words.group();
                boolean inTitle = words.start() < article.title().length();
                if (word.length() < MIN_LENGTH || !inTitle && isSentenceStart(words.start(), read)) {
                    continue;
                }
                String stem = stemOfWord.computeIfAbsent(word, this::stem);
                if (stem.isEmpty()) {
                    continue; // a stopword such as "Die" at the start of a sentence
                }
                occurrences.merge(stem, inTitle ? TITLE_WEIGHT : 1, Integer::sum);
                spellings.computeIfAbsent(stem, s -> new HashMap<>()).merge(word, 1, Integer::sum);
                if (seen.add(stem)) {
                    articlesWithStem.merge(stem, 1, Integer::sum);
                }
            }
        }
        List<String> stems = new ArrayList<>();
        articlesWithStem.forEach((stem, count) -> {
            if (count >= 2) {
                stems.add(stem);
            }
        });
        stems.sort(Comparator.<String>comparingInt(articlesWithStem::get).reversed()
                .thenComparing(Comparator.<String>comparingInt(occurrences::get).reversed())
                .thenComparing(Comparator.naturalOrder()));
        return stems.stream().limit(limit).map(stem -> mostCommon(spellings.get(stem))).toList();
    }

    /** At the start of a sentence every word is capitalised, so there capitals say nothing. */
    private static boolean isSentenceStart(int at, String text) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?:\n\"„".indexOf(text.charAt(i)) >= 0;
    }

    private String stem(String word) {
        List<String> terms = analysis.terms(word);
        return terms.size() == 1 ? terms.get(0) : "";
    }

    private static String mostCommon(Map<String, Integer> spellings) {
        return spellings.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }
}
