package de.presseschau.subscribe;

/** A line of feeds.txt that was skipped, and why. */
public record FeedListProblem(int line, String text, String reason) {

    @Override
    public String toString() {
        return "feeds.txt, Zeile " + line + ": " + reason + " (\"" + text + "\")";
    }
}
