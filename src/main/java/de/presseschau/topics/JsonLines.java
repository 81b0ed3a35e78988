package de.presseschau.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the evaluation files: one JSON object per line, optionally gzipped; blank lines are skipped. */
final class JsonLines {

    /** Turns one row into a value, or says (as the exception's message) what the row lacks. */
    interface RowReader<T> {
        T read(JsonNode row) throws IllegalArgumentException;
    }

    private JsonLines() {
    }

    /** Every row of the file; a bad row is reported with the file and its line number. */
    static <T> List<T> read(Path file, RowReader<T> reader) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<T> rows = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    rows.add(reader.read(json.readTree(line)));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ", Zeile " + lineNumber + ": " + e.getMessage(), e);
                }
            }
        }
        return rows;
    }
}
