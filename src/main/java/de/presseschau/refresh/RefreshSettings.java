package de.presseschau.refresh;

/** How many feeds and article pages are fetched at once. */
public record RefreshSettings(int feedConcurrency, int pageConcurrency) {

    public static RefreshSettings defaults() {
        return new RefreshSettings(4, 4);
    }
}
