package de.presseschau.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionBatchTest {

    private static final String ARTICLE = "<html><body><article><p>Der Landtag hat das Gesetz am Donnerstag "
            + "verabschiedet, nach einer langen Debatte, in der alle Fraktionen sprachen.</p><p>Es tritt im "
            + "Januar in Kraft, teilte die Landesregierung mit, und gilt zunächst für drei Jahre.</p>"
            + "</article></body></html>";

    @TempDir
    Path temp;

    @Test
    void writesOneTextFilePerPageFromPlainAndGzippedHtml() throws IOException {
        Path html = Files.createDirectories(temp.resolve("html"));
        Files.writeString(html.resolve("eins.html"), ARTICLE, StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(html.resolve("zwei.html.gz")))) {
            out.write(ARTICLE.replace("Landtag", "Bundestag").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(html.resolve("notiz.txt"), "keine Seite");
        Path out = temp.resolve("out");

        ExtractionBatch.Result result = new ExtractionBatch(new ArticleExtractor(new HtmlSanitizer())).run(html, out);

        assertEquals(2, result.pages());
        assertEquals(0, result.failures());
        assertTrue(result.msPerPage() > 0);
        assertTrue(Files.readString(out.resolve("eins.txt")).startsWith("Der Landtag hat"));
        assertTrue(Files.readString(out.resolve("zwei.txt")).startsWith("Der Bundestag hat"));
        assertFalse(Files.exists(out.resolve("notiz.txt")));
        assertTrue(result.toJson().matches("\\{\"pages\":2,\"failures\":0,\"msPerPage\":[0-9.]+,\"medianMs\":[0-9.]+}"),
                result.toJson());
    }
}
