package de.presseschau.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Splits the process CPU of a stretch of the benchmark into the bench's own server, JIT compilation, garbage
 * collection and the rest, which is the reader's: all of them share the one JVM, so process CPU alone overstates
 * what the reader costs, most of all in a short run where compiling the code is a large part of it.
 */
final class CpuAccount {

    /** What was spent between {@link #start} and {@link #stop}, in CPU nanoseconds. */
    record Split(long processNanos, long serverNanos, long compileNanos, long gcNanos) {

        /** The process CPU left when the server, compilation and GC are taken out: the reader's threads. */
        long readerNanos() {
            return Math.max(0, processNanos - serverNanos - compileNanos - gcNanos);
        }
    }

    private long process;
    private long compile;
    private long gc;

    void start() {
        process = processNanos();
        compile = compileNanos();
        gc = gcNanos();
    }

    /** {@code serverNanos}: what the bench's server thread spent meanwhile. */
    Split stop(long serverNanos) {
        return new Split(processNanos() - process, serverNanos, compileNanos() - compile, gcNanos() - gc);
    }

    static long processNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    static long compileNanos() {
        return jvmThreadNanos("C1 Compiler", "C2 Compiler");
    }

    private static long gcNanos() {
        return jvmThreadNanos("GC Thread", "G1 ", "VM Thread");
    }

    /**
     * The CPU of the JVM's own threads whose names start so, from Linux's per-thread counters (the management API
     * only knows Java threads and counts compilation as elapsed time, which on a busy machine is far more than its
     * CPU); 0 where there is no /proc. Threads that ended are no longer counted, so this is a lower bound.
     */
    private static long jvmThreadNanos(String... prefixes) {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return 0;
        }
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                ticks += ticksIfNamed(thread.resolve("stat"), prefixes);
            }
        } catch (IOException e) {
            return 0;
        }
        // Linux counts in clock ticks of 10 ms (USER_HZ 100) on every common configuration.
        return ticks * 10_000_000L;
    }

    private static long ticksIfNamed(Path stat, String... prefixes) {
        String line;
        try {
            line = Files.readString(stat);
        } catch (IOException e) {
            return 0; // the thread ended meanwhile
        }
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            return 0;
        }
        String name = line.substring(open + 1, close);
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                // After the name: state, then fields 4..; utime and stime are fields 14 and 15 of the whole line.
                String[] fields = line.substring(close + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            }
        }
        return 0;
    }
}
