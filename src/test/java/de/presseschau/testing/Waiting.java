package de.presseschau.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waits inside tasks and handlers under test, where an interrupt must end the wait and stay set, not be thrown. */
public final class Waiting {

    private Waiting() {
    }

    /** True once the latch is open; false after {@code seconds} or when interrupted. */
    public static boolean await(CountDownLatch latch, int seconds) {
        try {
            return latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Keeps a task running long enough for others to overlap it; nothing is asserted about time. */
    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
