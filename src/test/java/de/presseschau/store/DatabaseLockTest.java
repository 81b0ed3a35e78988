package de.presseschau.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseLockTest {

    /** Opens the database given as argument and keeps it open until its standard input closes. */
    public static void main(String[] args) throws Exception {
        try (Database database = Database.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Hold the database until the test lets go.
            }
        }
    }

    @Test
    void aSecondProcessOnTheSameDataDirectoryIsToldWhy(@TempDir Path dir) throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DatabaseLockTest.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", output.readLine());

            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Database.open(dir).close());

            assertTrue(refused.getMessage().contains("wird schon benutzt"), refused.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(20, TimeUnit.SECONDS));
        }
    }
}
