package de.presseschau.bench;

import java.net.URI;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.function.Function;

/** Sends requests to one endpoint from several clients at once for a fixed time and measures the answers. */
interface LoadDriver {

    /** One endpoint's figures; {@code firstError} says what went wrong first (null when nothing did). */
    record Figures(String name, int requests, int errors, double perSecond, double p50Ms, double p99Ms,
                   String firstError) {
    }

    /** What drives the load, as the output names it. */
    String name();

    /**
     * Each client sends one request after the other, to the URI {@code target} draws; the draws come from
     * {@code random}, which each run seeds anew: a fixed seed would view the same articles run after run, and a
     * database used again (--data) would then have them all read, so the reading view would mark nothing.
     */
    Figures drive(String name, Duration duration, Function<SplittableRandom, URI> target,
                             SplittableRandom random) throws InterruptedException;
}
