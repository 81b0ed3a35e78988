package de.presseschau.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every feed of the shared German corpus parses, with the entry counts its MANIFEST states and no mojibake. */
class GermanCorpusTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "german-feeds");
    private static final List<String> MOJIBAKE =
            List.of("Ã¤", "Ã¶", "Ã¼", "Ãœ", "ÃŸ", "â€ž", "â€œ", "â€\"", "â€", "Ã©", "\uFFFD");

    private static JsonNode manifest;

    @BeforeAll
    static void readManifest() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present at " + CORPUS.toAbsolutePath());
        manifest = new ObjectMapper().readTree(CORPUS.resolve("MANIFEST.json").toFile());
    }

    @Test
    void holdsTheFortyFeedsTheManifestLists() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(CORPUS)) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".xml") || n.endsWith(".xml.gz")).sorted().toList();
        }
        List<String> listed = new ArrayList<>();
        manifest.forEach(feed -> listed.add(feed.get("file").asText()));

        assertEquals(40, onDisk.size());
        assertEquals(onDisk, listed.stream().sorted().toList());
    }

    @TestFactory
    Stream<DynamicTest> everyFeedParsesWithItsEntryCountAndCleanGermanText() {
        List<DynamicTest> tests = new ArrayList<>();
        manifest.forEach(feed -> {
            String file = feed.get("file").asText();
            JsonNode items = feed.get("items");
            tests.add(DynamicTest.dynamicTest(file, () -> {
                ParsedFeed parsed = new FeedParser().parse(read(CORPUS.resolve(file)), null, "https://example.org/" + file);
                if (items != null && items.isInt()) {
                    assertEquals(items.asInt(), parsed.entries().size(), "entries in " + file);
                }
                assertClean(file, "feed title", parsed.title());
                for (ParsedEntry entry : parsed.entries()) {
                    assertClean(file, "title", entry.title());
                    assertClean(file, "summary", entry.summaryHtml());
                    assertClean(file, "content", entry.contentHtml());
                }
            }));
        });
        return tests.stream();
    }

    private static void assertClean(String file, String field, String text) {
        if (text == null) {
            return;
        }
        for (String sequence : MOJIBAKE) {
            assertFalse(text.contains(sequence), () -> file + ": " + field + " contains \"" + sequence + "\": " + text);
        }
    }

    private static byte[] read(Path file) throws IOException {
        // The corpus stores one large feed gzipped; on the wire that would be a Content-Encoding the fetcher undoes.
        try (InputStream in = file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            return in.readAllBytes();
        }
    }
}
