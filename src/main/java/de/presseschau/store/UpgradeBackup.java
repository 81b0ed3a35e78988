package de.presseschau.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A copy of the database from before its schema is upgraded, put back when the upgrade does not finish. H2 commits
 * every schema change at once, so a migration that fails or is killed halfway would leave a database that is neither
 * the old version nor the new one, and that fails again at every start.
 * <p>
 * The copy is written as {@value #RUNNING} before the first pending migration; while that file exists an upgrade is
 * under way. Once every migration is applied it is kept as {@code sicherung-vor-<migration>.zip} (only the latest one).
 */
final class UpgradeBackup {

    static final String RUNNING = "schema-umstellung.zip";
    private static final String KEPT_PREFIX = "sicherung-vor-";
    private static final String DATABASE_FILE = "presseschau.mv.db";

    private static final Logger log = LoggerFactory.getLogger(UpgradeBackup.class);

    private final Path dataDir;

    UpgradeBackup(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath();
    }

    private Path running() {
        return dataDir.resolve(RUNNING);
    }

    /**
     * Call before the database is opened: when an upgrade was under way (the process was killed during it), the
     * database is put back as it was before. Returns true when it was.
     */
    boolean restoreIfInterrupted() {
        if (!Files.exists(running()) || !restore()) {
            return false;
        }
        log.warn("Die letzte Umstellung der Datenbank wurde nicht beendet; die Datenbank ist aus {} wiederhergestellt "
                + "und wird nun neu umgestellt.", running());
        return true;
    }

    /** Writes the copy, with {@code backup} writing a consistent zip of the open database to the path it is given. */
    void save(Consumer<Path> backup) {
        Path part = dataDir.resolve(RUNNING + ".part");
        log.info("Neue Version der Datenbank: sichere sie vorher nach {}", running());
        try {
            Files.deleteIfExists(part);
            backup.accept(part);
            // Only a complete copy marks an upgrade as under way: a process killed while writing it had changed nothing.
            Files.move(part, running(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the database before upgrading it", e);
        } finally {
            // A copy that could not be finished (a full disk) is no copy: nothing is upgraded, and nothing is left.
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                log.warn("Could not remove the unfinished copy {}", part, e);
            }
        }
    }

    /** Every migration is applied: the copy is kept under the name of the first one, in place of an older one. */
    void finished(String firstApplied) {
        if (!Files.exists(running())) {
            return;
        }
        Path kept = dataDir.resolve(KEPT_PREFIX + firstApplied.replace(".sql", "") + ".zip");
        try (DirectoryStream<Path> older = Files.newDirectoryStream(dataDir, KEPT_PREFIX + "*.zip")) {
            for (Path zip : older) {
                Files.delete(zip);
            }
            Files.move(running(), kept, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the copy of the database from before the upgrade", e);
        }
    }

    /** True while a copy stands for an upgrade under way. */
    boolean underWay() {
        return Files.exists(running());
    }

    /** The path of the copy of an upgrade under way. */
    Path copy() {
        return running();
    }

    /**
     * Puts the copy in place of the database and returns true; false, touching nothing, while anyone holds the
     * database open (H2 locks its file), for then it is not ours to replace.
     */
    boolean restore() {
        Path database = dataDir.resolve(DATABASE_FILE);
        Path restoring = dataDir.resolve(DATABASE_FILE + ".wiederherstellung");
        try (FileChannel file = FileChannel.open(database, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = tryLock(file)) {
            if (lock == null) {
                return false;
            }
            boolean found = false;
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(running()))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null && !found; entry = zip.getNextEntry()) {
                    if (entry.getName().equals(DATABASE_FILE)) {
                        Files.copy(zip, restoring, StandardCopyOption.REPLACE_EXISTING);
                        found = true;
                    }
                }
            }
            if (!found) {
                throw new IllegalStateException(running() + " enthält keine Datenbank (" + DATABASE_FILE + ")");
            }
            // The old file is replaced in one step: a crash now leaves either it or the copy, never half of one.
            Files.move(restoring, database, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.delete(running());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restore the database from " + running(), e);
        }
    }

    private static FileLock tryLock(FileChannel file) throws IOException {
        try {
            return file.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this process: a database still open here
        }
    }
}
