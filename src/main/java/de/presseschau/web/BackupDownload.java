package de.presseschau.web;

import de.presseschau.store.Database;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hands out a consistent backup of the running reader's database as a zip file. */
final class BackupDownload {

    private final Database database;

    BackupDownload(Database database) {
        this.database = database;
    }

    void send(Context ctx) {
        try {
            Path directory = Files.createTempDirectory("presseschau-backup");
            Path zip = directory.resolve("presseschau-backup.zip");
            try {
                database.backupTo(zip);
                ctx.contentType("application/zip")
                        .header("Content-Disposition", "attachment; filename=\"presseschau-backup.zip\"");
                // Streamed, not read into memory: a database of years can be large.
                Files.copy(zip, ctx.outputStream());
            } finally {
                Files.deleteIfExists(zip);
                Files.deleteIfExists(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup", e);
        }
    }
}
