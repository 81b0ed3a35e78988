package de.presseschau;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** Asks a running reader on this machine for a backup of its database. */
final class BackupClient {

    private BackupClient() {
    }

    /** True when the reader wrote the backup to {@code file}; false when no reader answered (a stale file). */
    static boolean download(RunningInstance instance, Path file) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + "/api/backup"))
                .header("Authorization", "Bearer " + instance.token())
                .POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofMinutes(30))
                .build();
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            HttpResponse<Path> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(request, HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() != 200) {
                java.nio.file.Files.deleteIfExists(partial);
                throw new IOException("der laufende Leser antwortete mit HTTP " + response.statusCode());
            }
            java.nio.file.Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (ConnectException e) {
            java.nio.file.Files.deleteIfExists(partial);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("abgebrochen", e);
        }
    }
}
