package de.presseschau.subscribe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/** The feeds.txt file on disk: reads it and tells whether it changed since the last read. */
public final class FeedListFile {

    private final Path path;
    private FileTime lastReadModified;
    private long lastReadSize = -1;

    public FeedListFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** Reads and parses the file (UTF-8). A missing file is an error the caller shows the user. */
    public synchronized FeedList read() {
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            long size = Files.size(path);
            FeedList list = FeedList.parse(Files.readString(path, StandardCharsets.UTF_8));
            lastReadModified = modified;
            lastReadSize = size;
            return list;
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("Feed-Liste nicht gefunden: " + path.toAbsolutePath(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Feed-Liste nicht lesbar: " + path.toAbsolutePath() + " (" + e.getMessage() + ")", e);
        }
    }

    /** True when the file's modification time or size differs from the last read. */
    public synchronized boolean hasChanged() {
        try {
            return !Objects.equals(Files.getLastModifiedTime(path), lastReadModified) || Files.size(path) != lastReadSize;
        } catch (IOException e) {
            return false;
        }
    }
}
