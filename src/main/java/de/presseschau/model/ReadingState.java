package de.presseschau.model;

/** Whether the reader has read an article and whether it is on the Merkliste. */
public record ReadingState(boolean isRead, boolean isStarred) {

    public static final ReadingState UNREAD = new ReadingState(false, false);
}
