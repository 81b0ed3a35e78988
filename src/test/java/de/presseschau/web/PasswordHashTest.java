package de.presseschau.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHashTest {

    @Test
    void aStandardHashIsSaltedAndChecksOnlyTheRightPassword() {
        PasswordHash hashes = new PasswordHash(PasswordHash.STANDARD_ITERATIONS);
        String first = hashes.hash("Straßenbahn-Köln");
        String second = hashes.hash("Straßenbahn-Köln");

        assertTrue(first.startsWith("pbkdf2-sha256$600000$"), first);
        assertNotEquals(first, second);
        assertTrue(hashes.matches("Straßenbahn-Köln", second));
        assertFalse(hashes.matches("Strassenbahn-Köln", first));
    }

    @Test
    void aHashKeepsTheRoundsItWasMadeWith() {
        String quick = new PasswordHash(1_000).hash("geheim");

        assertTrue(new PasswordHash(PasswordHash.STANDARD_ITERATIONS).matches("geheim", quick));
    }
}
