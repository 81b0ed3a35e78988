package de.presseschau;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigTest {

    @Test
    void defaultsToServingFeedsTxtFromDataOnPort8080EveryThirtyMinutes() {
        Config config = Config.parse(new String[0], Map.of());

        assertEquals(Config.Command.SERVE, config.command());
        assertEquals(Path.of("feeds.txt"), config.feedsFile());
        assertEquals(Path.of("./data"), config.dataDir());
        assertEquals(8080, config.port());
        assertEquals(Duration.ofMinutes(30), config.refreshInterval());
    }

    @Test
    void schedulingBoundsAndThePerHostLimitHaveDefaultsAndCanBeSet() {
        Config defaults = Config.parse(new String[0], Map.of());
        Config set = Config.parse(new String[] {"--min-interval", "5m", "--per-host=4"},
                Map.of("PRESSESCHAU_MAX_INTERVAL", "12h"));

        assertEquals(Duration.ofMinutes(10), defaults.minInterval());
        assertEquals(Duration.ofHours(6), defaults.maxInterval());
        assertEquals(2, defaults.perHost());
        assertEquals(Duration.ofMinutes(5), set.minInterval());
        assertEquals(Duration.ofHours(12), set.maxInterval());
        assertEquals(4, set.perHost());
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--per-host", "0"}, Map.of()));
    }

    @Test
    void flagsWinOverTheEnvironment() {
        Config config = Config.parse(new String[] {"fetch", "--feeds", "meine.txt", "--port=9000"},
                Map.of("PRESSESCHAU_PORT", "7000", "PRESSESCHAU_DATA", "/var/lib/presseschau", "PRESSESCHAU_REFRESH", "1h30m"));

        assertEquals(Config.Command.FETCH, config.command());
        assertEquals(Path.of("meine.txt"), config.feedsFile());
        assertEquals(9000, config.port());
        assertEquals(Path.of("/var/lib/presseschau"), config.dataDir());
        assertEquals(Duration.ofMinutes(90), config.refreshInterval());
    }

    @Test
    void rejectsUnknownOptionsAndBadValuesWithAMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--colour", "x"}, Map.of()))
                .getMessage().contains("--colour"));
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--port", "achtzig"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--refresh", "bald"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--refresh", "1s"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"abholen"}, Map.of()));
    }

    @Test
    void readsDurationsInShortAndIsoForm() {
        assertEquals(Duration.ofSeconds(90), Config.duration("90s"));
        assertEquals(Duration.ofHours(2), Config.duration("2h"));
        assertEquals(Duration.ofMinutes(45), Config.duration("PT45M"));
    }

    @Test
    void helpWinsOverEverythingElse() {
        assertEquals(Config.Command.HELP, Config.parse(new String[] {"fetch", "--help"}, Map.of()).command());
    }

    @Test
    void parseTakesOneOrMoreFiles() {
        Config config = Config.parse(new String[] {"parse", "a.xml", "b.xml"}, Map.of());

        assertEquals(Config.Command.PARSE, config.command());
        assertEquals(List.of("a.xml", "b.xml"), config.arguments());
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"parse"}, Map.of()));
    }

    @Test
    void extractTakesExactlyTwoDirectories() {
        Config config = Config.parse(new String[] {"extract", "seiten", "texte"}, Map.of());

        assertEquals(Config.Command.EXTRACT, config.command());
        assertEquals(java.util.List.of("seiten", "texte"), config.arguments());
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"extract", "seiten"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"fetch", "zuviel"}, Map.of()));
    }

    @Test
    void readsThePasswordFromItsFileAndNeverShowsIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("passwort.txt");
        java.nio.file.Files.writeString(file, "Zugspitze-2962\n");

        Config config = Config.parse(new String[] {"--password-file", file.toString()},
                Map.of("PRESSESCHAU_PASSWORD", "anderes", "PRESSESCHAU_API_TOKEN", "token-123"));

        assertEquals("Zugspitze-2962", config.password());
        assertEquals("token-123", config.apiToken());
        assertTrue(!config.toString().contains("Zugspitze") && !config.toString().contains("token-123"), config.toString());
        assertThrows(IllegalArgumentException.class,
                () -> Config.parse(new String[] {"--password-file", dir.resolve("fehlt.txt").toString()}, Map.of()));
    }

    @Test
    void reextractTakesAFeedAndADayAndNoOtherCommandDoes() {
        Config config = Config.parse(new String[] {"reextract", "--feed", "https://www.heise.de/rss/heise-atom.xml",
                "--since", "2026-11-01"}, Map.of());

        assertEquals(Config.Command.REEXTRACT, config.command());
        assertEquals("https://www.heise.de/rss/heise-atom.xml", config.reextractFeed());
        assertEquals(java.time.LocalDate.of(2026, 11, 1), config.reextractSince());
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"fetch", "--since", "2026-11-01"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"reextract", "--since", "gestern"}, Map.of()));
    }

    @Test
    void extractBenchTakesAtMostOneCorpusDirectory() {
        assertEquals(Config.Command.EXTRACT_BENCH, Config.parse(new String[] {"extract-bench"}, Map.of()).command());
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"extract-bench", "a", "b"}, Map.of()));
    }

    @Test
    void topicEvalTakesOneFileAndOptionallyASeedForTheSplit() {
        Config config = Config.parse(new String[] {"topic-eval", "themen.jsonl.gz"}, Map.of());
        Config seeded = Config.parse(new String[] {"topic-eval", "themen.jsonl.gz", "7"}, Map.of());

        assertEquals(Config.Command.TOPIC_EVAL, config.command());
        assertEquals(java.util.List.of("themen.jsonl.gz"), config.arguments());
        assertEquals(java.util.List.of("themen.jsonl.gz", "7"), seeded.arguments());
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"topic-eval"}, Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Config.parse(new String[] {"topic-eval", "themen.jsonl.gz", "sieben"}, Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Config.parse(new String[] {"topic-eval", "themen.jsonl.gz", "7", "8"}, Map.of()));
    }

    @Test
    void storyEvalTakesExactlyOneFile() {
        Config config = Config.parse(new String[] {"story-eval", "paare.jsonl.gz"}, Map.of());

        assertEquals(Config.Command.STORY_EVAL, config.command());
        assertEquals(java.util.List.of("paare.jsonl.gz"), config.arguments());
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"story-eval"}, Map.of()));
    }

    @Test
    void retentionAndPrivateAddressesHaveSafeDefaultsAndCanBeSet() {
        Config defaults = Config.parse(new String[0], Map.of());
        assertEquals(90, defaults.keepDays());
        assertEquals(1000, defaults.keepPerFeed());
        assertFalse(defaults.allowPrivate());

        Config set = Config.parse(new String[] {"--keep-days", "30", "--allow-private"},
                Map.of("PRESSESCHAU_KEEP_PER_FEED", "200"));
        assertEquals(30, set.keepDays());
        assertEquals(200, set.keepPerFeed());
        assertTrue(set.allowPrivate());
        assertTrue(Config.parse(new String[0], Map.of("PRESSESCHAU_ALLOW_PRIVATE", "true")).allowPrivate());
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--keep-days", "0"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Config.parse(new String[] {"--allow-private=vielleicht"}, Map.of()));
    }
}
