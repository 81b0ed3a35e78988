package de.presseschau.fetch;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One timer thread that stops response bodies at their fetch's total deadline. The request's own timeout only covers
 * the wait for the headers; waiting on an asynchronous send instead made the JDK client start a thread per request.
 */
final class DeadlineTimer {

    private final ScheduledThreadPoolExecutor timer;

    DeadlineTimer() {
        timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "fetch-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        // Most fetches end long before their deadline: their tasks leave the queue at once, and an idle timer's
        // thread ends.
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(10, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code expire} at {@code deadline} ({@link System#nanoTime()}) unless the returned future is cancelled first. */
    ScheduledFuture<?> at(long deadline, Runnable expire) {
        return timer.schedule(expire, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    }
}
