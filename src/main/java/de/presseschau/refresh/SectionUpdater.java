package de.presseschau.refresh;

import de.presseschau.model.Section;
import de.presseschau.model.SectionAssignment;
import de.presseschau.model.SectionSource;
import de.presseschau.parse.ParsedEntry;
import de.presseschau.store.SectionStore;
import de.presseschau.topics.GermanAnalysis;
import de.presseschau.topics.LabeledText;
import de.presseschau.topics.Prediction;
import de.presseschau.topics.SectionSignals;
import de.presseschau.topics.TextClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sorts articles into sections after each refresh: first by the outlets' own signals, then, for the rest, by a
 * classifier retrained every run from the articles whose section the outlets or the user gave.
 */
public final class SectionUpdater implements ArticleSteps {

    /** Newest articles the classifier learns from; enough for good sections, small enough to train in seconds. */
    static final int TRAINING_ARTICLES = 5_000;
    /** Newest articles the classifier sorts each run; older ones keep their section. */
    static final int CLASSIFIED_ARTICLES = 2_000;
    /** A section needs this many known articles before the classifier may put articles there. */
    static final int MIN_EXAMPLES_PER_SECTION = 3;
    private static final int SIGNAL_BATCH = 20_000;

    private static final Logger log = LoggerFactory.getLogger(SectionUpdater.class);

    private final SectionStore sections;
    private final SectionSignals signals;
    private final GermanAnalysis analysis;
    // The scheduler refreshes due feeds every few seconds; retraining when nothing arrived would be wasted seconds.
    private final AtomicBoolean hasNewArticles = new AtomicBoolean();
    // The first run after a start also sorts what a run stopped before its end left unsorted. With nothing unsorted it
    // would learn what it learnt before the stop and sort as it sorted: 15-30 s of CPU at every start (5,000 articles).
    private final AtomicBoolean firstRun = new AtomicBoolean(true);

    public SectionUpdater(SectionStore sections, SectionSignals signals, GermanAnalysis analysis) {
        this.sections = sections;
        this.signals = signals;
        this.analysis = analysis;
    }

    @Override
    public void entryStored(long articleId, ParsedEntry entry) {
        hasNewArticles.set(true);
        if (entry.categories() != null) {
            sections.addCategories(articleId, entry.categories());
        }
    }

    @Override
    public void afterRefresh() {
        // A reader's move is saved at once; it teaches the classifier at the next run that brings articles.
        boolean first = firstRun.getAndSet(false);
        if (!hasNewArticles.getAndSet(false) && !(first && sections.hasUnsorted())) {
            return;
        }
        try {
            sortBySignals();
            sortByClassifier();
        } catch (RuntimeException e) {
            hasNewArticles.set(true);
            throw e;
        }
    }

    /** Gives every article without a section the one its feed heading, categories or URL name. */
    void sortBySignals() {
        for (SectionStore.SectionCandidate candidate : sections.findUnsorted(SIGNAL_BATCH)) {
            signals.decide(candidate.topics(), candidate.categories(), candidate.url())
                    .ifPresent(assignment -> sections.save(candidate.articleId(), assignment));
        }
    }

    /** Retrains the classifier and sorts the articles nothing else could; returns how many it sorted. */
    int sortByClassifier() {
        // Where the outlets' signals sorted everything, there is nothing to train for.
        if (!sections.hasClassifierWork()) {
            return 0;
        }
        List<LabeledText> examples = trainingExamples();
        if (examples.stream().map(LabeledText::label).distinct().count() < 2) {
            return 0;
        }
        long start = System.nanoTime();
        TextClassifier classifier = TextClassifier.train(analysis, examples);
        int sorted = 0;
        for (SectionStore.SectionText article : sections.findForClassifier(CLASSIFIED_ARTICLES)) {
            Prediction prediction = classifier.predict(article.text());
            Section section = Section.valueOf(prediction.label());
            sections.save(article.articleId(), new SectionAssignment(section, SectionSource.CLASSIFIER, null,
                    prediction.confidence()));
            sorted++;
        }
        log.info("Ressorts: Klassifikator aus {} Artikeln trainiert, {} Artikel eingeordnet in {} ms",
                examples.size(), sorted, (System.nanoTime() - start) / 1_000_000);
        return sorted;
    }

    private List<LabeledText> trainingExamples() {
        List<SectionStore.SectionText> known = sections.findKnown(TRAINING_ARTICLES);
        Map<Section, Integer> counts = new HashMap<>();
        known.forEach(article -> counts.merge(article.section(), 1, Integer::sum));
        return known.stream()
                .filter(article -> counts.get(article.section()) >= MIN_EXAMPLES_PER_SECTION)
                .map(article -> new LabeledText(article.text(), Objects.requireNonNull(article.section()).name()))
                .toList();
    }
}
