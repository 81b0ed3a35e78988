package de.presseschau;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How commands reach a reader that is running on the same data directory (which it holds locked): its port
 * and a random token in a file only the owner can read, written at start and removed at the end.
 */
record RunningInstance(int port, String token) {

    private static final String FILE = "running-instance";

    /** A fresh random token for this machine's own commands. */
    static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    void publish(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the data directory's own protection has to do.
            }
            Files.writeString(file, port + "\n" + token + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    static void remove(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + dataDir.resolve(FILE), e);
        }
    }

    /** The instance a reader published in this data directory; it may be stale if that reader was killed. */
    static Optional<RunningInstance> find(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n");
            return Optional.of(new RunningInstance(Integer.parseInt(lines[0].strip()), lines[1].strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
