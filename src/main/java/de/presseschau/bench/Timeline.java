package de.presseschau.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code --timeline}: every few seconds of the first refresh, the feeds and pages the server answered and how busy
 * the cores were, and with what: it shows whether a stretch of the run waits for the network (the pages at the rate
 * their slots allow, cores to spare) or for the CPU (both cores busy, much of them compiling).
 */
final class Timeline implements AutoCloseable {

    private final BenchServer server;
    private final PrintStream out;
    private final long stepNanos;
    private final Thread thread;
    private volatile boolean stopped;

    /** Prints its heading now, then a line every {@code stepSeconds} until closed. */
    Timeline(BenchServer server, PrintStream out, int stepSeconds) {
        this.server = server;
        this.out = out;
        this.stepNanos = TimeUnit.SECONDS.toNanos(stepSeconds);
        out.printf(Locale.ROOT, "timeline of the first refresh, every %d s:%n", stepSeconds);
        this.thread = new Thread(this::printUntilClosed, "bench-timeline");
        thread.setDaemon(true);
        thread.start();
    }

    private void printUntilClosed() {
        long start = System.nanoTime();
        Reading last = read(start);
        long next = start + stepNanos;
        while (!stopped) {
            try {
                TimeUnit.NANOSECONDS.sleep(next - System.nanoTime());
            } catch (InterruptedException e) {
                return;
            }
            Reading now = read(System.nanoTime());
            double seconds = (now.at - last.at) / 1e9;
            out.printf(Locale.ROOT, "  %6.1f s: feeds %5d (+%4d), pages %6d (+%5d), CPU %.2f cores, of it JIT %.2f%n",
                    (now.at - start) / 1e9, now.feeds, now.feeds - last.feeds, now.pages, now.pages - last.pages,
                    cores(now.process, last.process, seconds), cores(now.compile, last.compile, seconds));
            last = now;
            next += stepNanos;
        }
    }

    private record Reading(long at, int feeds, int pages, long process, long compile) {
    }

    private Reading read(long at) {
        return new Reading(at, server.feedRequests.get(), server.pageRequests.get(), CpuAccount.processNanos(),
                CpuAccount.compileNanos());
    }

    private static double cores(long now, long before, double seconds) {
        return seconds <= 0 ? 0 : (now - before) / 1e9 / seconds;
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
