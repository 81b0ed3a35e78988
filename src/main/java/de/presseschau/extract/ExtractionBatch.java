package de.presseschau.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Extracts every saved page in a directory into one text file each and reports counts and timing. */
public final class ExtractionBatch {

    /** Pages extracted before timing starts, so the JIT has compiled the hot paths. */
    private static final int WARM_UP_PAGES = 200;

    /** Totals of one run; times cover decoding and extraction, not reading or writing files. */
    public record Result(int pages, int failures, double msPerPage, double medianMs) {

        public String toJson() {
            return String.format(Locale.ROOT, "{\"pages\":%d,\"failures\":%d,\"msPerPage\":%.2f,\"medianMs\":%.2f}",
                    pages, failures, msPerPage, medianMs);
        }
    }

    private record Page(String id, byte[] bytes) {
    }

    private final ArticleExtractor extractor;

    public ExtractionBatch(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /** Reads {@code <id>.html} and {@code <id>.html.gz} from {@code htmlDir} and writes {@code <outDir>/<id>.txt}. */
    public Result run(Path htmlDir, Path outDir) throws IOException {
        List<Path> files = pageFiles(htmlDir);
        Files.createDirectories(outDir);
        warmUp(files);
        long[] nanos = new long[files.size()];
        int failures = 0;
        int done = 0;
        for (Path file : files) {
            Page page = read(file);
            long start = System.nanoTime();
            String text;
            try {
                text = extractor.extract(page.bytes(), null, "").contentText();
            } catch (RuntimeException e) {
                failures++;
                text = null;
            }
            nanos[done++] = System.nanoTime() - start;
            if (text != null) {
                Files.writeString(outDir.resolve(page.id() + ".txt"), text, StandardCharsets.UTF_8);
            }
        }
        return summary(nanos, failures);
    }

    private void warmUp(List<Path> files) {
        for (Path file : files.subList(0, Math.min(files.size(), WARM_UP_PAGES))) {
            try {
                extractor.extract(read(file).bytes(), null, "");
            } catch (RuntimeException e) {
                // Failures are counted in the measured pass; the warm-up only exercises the code.
            }
        }
    }

    private static Result summary(long[] nanos, int failures) {
        if (nanos.length == 0) {
            return new Result(0, failures, 0, 0);
        }
        long total = Arrays.stream(nanos).sum();
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        return new Result(nanos.length, failures, total / 1e6 / nanos.length, median / 1e6);
    }

    private static List<Path> pageFiles(Path htmlDir) throws IOException {
        try (Stream<Path> listing = Files.list(htmlDir)) {
            List<Path> files = new ArrayList<>(listing
                    .filter(path -> idOf(path) != null && Files.isRegularFile(path))
                    .sorted()
                    .toList());
            return files;
        }
    }

    /** The page id of {@code <id>.html} or {@code <id>.html.gz}; null for other files. */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html.gz")) {
            return name.substring(0, name.length() - ".html.gz".length());
        }
        if (name.endsWith(".html")) {
            return name.substring(0, name.length() - ".html".length());
        }
        return null;
    }

    private static Page read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return new Page(idOf(file), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read page " + file, e);
        }
    }
}
