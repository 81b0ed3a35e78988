package de.presseschau.refresh;

import de.presseschau.parse.ParsedEntry;

import java.util.List;

/** Several {@link ArticleSteps} run one after the other. */
public final class StepsInOrder implements ArticleSteps {

    private final List<ArticleSteps> steps;

    public StepsInOrder(ArticleSteps... steps) {
        this.steps = List.of(steps);
    }

    @Override
    public void entryStored(long articleId, ParsedEntry entry) {
        steps.forEach(step -> step.entryStored(articleId, entry));
    }

    @Override
    public void afterRefresh() {
        steps.forEach(ArticleSteps::afterRefresh);
    }
}
