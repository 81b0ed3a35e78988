package de.presseschau.bench;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreadCpuTest {

    /** Spins on the CPU for about {@code millis} of its own CPU time, then idles a moment before it ends. */
    private static Thread spinning(String name, long millis) {
        return new Thread(() -> {
            var threads = ManagementFactory.getThreadMXBean();
            long until = threads.getCurrentThreadCpuTime() + millis * 1_000_000;
            long sum = 0;
            while (threads.getCurrentThreadCpuTime() < until) {
                sum += System.nanoTime() % 7;
            }
            if (sum == -1) {
                System.out.println(sum);
            }
            try {
                // Alive, idle, for several readings: what it spent is read before it ends, however busy the machine.
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
    }

    @Test
    void countsThreadsThatEndedBeforeTheStopByTheirRoleAndNoOthers() throws InterruptedException {
        ThreadCpu cpu = new ThreadCpu(List.of("test-worker", "test-writer"));
        Thread worker = spinning("test-worker-1", 200);
        Thread other = spinning("unrelated", 200);
        worker.start();
        other.start();
        worker.join();
        other.join();
        Map<String, Long> byRole = cpu.stop();
        cpu.close();

        assertEquals(List.of("test-worker", "test-writer"), List.copyOf(byRole.keySet()));
        assertTrue(byRole.get("test-worker") >= 190_000_000L, byRole.toString());
        assertEquals(0L, byRole.get("test-writer"));
    }
}
