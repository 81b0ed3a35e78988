package de.presseschau.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/** Drives the load from threads of this JVM with the JDK's HTTP client: what the load benchmark uses without wrk. */
final class LoadClient implements LoadDriver {

    private final HttpClient client;
    private final int clients;

    LoadClient(HttpClient client, int clients) {
        this.client = client;
        this.clients = clients;
    }

    @Override
    public String name() {
        return "java";
    }

    @Override
    public Figures drive(String name, Duration duration, Function<SplittableRandom, URI> target, SplittableRandom seeds)
            throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        List<Worker> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            Worker worker = new Worker(deadline, target, seeds.split());
            workers.add(worker);
            worker.thread.start();
        }
        for (Worker worker : workers) {
            worker.thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] latencies = workers.stream().flatMapToLong(w -> Arrays.stream(w.latencies, 0, w.count)).sorted().toArray();
        int errors = workers.stream().mapToInt(w -> w.errors).sum();
        String firstError = workers.stream().map(w -> w.firstError).filter(e -> e != null).findFirst().orElse(null);
        return new Figures(name, latencies.length, errors, latencies.length / seconds,
                percentile(latencies, 0.50), percentile(latencies, 0.99), firstError);
    }

    private static double percentile(long[] sorted, double share) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)] / 1e6;
    }

    /** One client: a thread of its own, its latencies in nanoseconds, and its errors (non-200 answers, failures). */
    private final class Worker {
        final Thread thread;
        long[] latencies = new long[4_096];
        int count;
        int errors;
        String firstError;

        Worker(long deadline, Function<SplittableRandom, URI> target, SplittableRandom random) {
            this.thread = new Thread(() -> run(deadline, target, random), "load-client");
        }

        private void run(long deadline, Function<SplittableRandom, URI> target, SplittableRandom random) {
            while (System.nanoTime() < deadline) {
                URI uri = target.apply(random);
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();
                long sent = System.nanoTime();
                try {
                    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        error(uri + " -> " + response.statusCode());
                    }
                } catch (IOException e) {
                    error(uri + " -> " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                record(System.nanoTime() - sent);
            }
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        private void error(String what) {
            errors++;
            if (firstError == null) {
                firstError = what;
            }
        }
    }
}
