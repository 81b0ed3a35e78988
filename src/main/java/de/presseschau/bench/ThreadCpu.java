package de.presseschau.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU of the Java threads of a stretch of the benchmark, summed per role (the name a thread starts with), read
 * several times a second so that the refresh's worker threads, which end with their phase, still count.
 */
final class ThreadCpu implements AutoCloseable {

    /**
     * How often the threads are read: a thread that ends counts up to this much less than it spent. Each reading
     * visits every thread of the process (some 400 in a refresh), so reading every 50 ms took 1.5 s of the CPU that
     * the benchmark measures.
     */
    private static final long PERIOD_MILLIS = 250;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<String> roles;
    private final Map<Long, String> roleOf = new HashMap<>();
    private final Map<Long, Long> atStart = new HashMap<>();
    private final Map<Long, Long> latest = new HashMap<>();
    private final Thread sampler;
    private volatile boolean stopped;

    /** {@code roles}: the name prefixes to sum by, e.g. "refresh-writer"; other threads are not counted. */
    ThreadCpu(List<String> roles) {
        this.roles = roles;
        read(true);
        this.sampler = new Thread(this::sampleUntilStopped, "bench-thread-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sampleUntilStopped() {
        while (!stopped) {
            read(false);
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void read(boolean first) {
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue; // ended meanwhile
            }
            String role = roleOf(info.getThreadName());
            long cpu = role == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
            if (cpu < 0) {
                continue;
            }
            roleOf.put(info.getThreadId(), role);
            // A thread seen first after the start began within the stretch: all its CPU belongs to it.
            (first ? atStart : latest).put(info.getThreadId(), cpu);
        }
    }

    private String roleOf(String threadName) {
        for (String role : roles) {
            if (threadName.startsWith(role)) {
                return role;
            }
        }
        return null;
    }

    /** Stops reading and returns the CPU nanoseconds per role, in the order the roles were given. */
    synchronized Map<String, Long> stop() {
        stopped = true;
        read(false);
        Map<String, Long> byRole = new LinkedHashMap<>();
        roles.forEach(role -> byRole.put(role, 0L));
        latest.forEach((id, cpu) -> byRole.merge(roleOf.get(id), cpu - atStart.getOrDefault(id, 0L), Long::sum));
        return byRole;
    }

    @Override
    public void close() {
        stopped = true;
        sampler.interrupt();
    }
}
