package de.presseschau.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves the benchmark's feeds and article pages from many loopback addresses (127.0.0.2, 127.0.0.3, ...), each
 * answer held back by a fixed latency; feeds answer conditional GETs with 304. Counts what it answered.
 */
final class BenchServer implements AutoCloseable {

    final AtomicInteger feedRequests = new AtomicInteger();
    final AtomicInteger notModified = new AtomicInteger();
    final AtomicInteger pageRequests = new AtomicInteger();
    /** CPU the handlers spent making and sending answers (not their wait): the server's share of the process CPU. */
    final AtomicLong cpuNanos = new AtomicLong();

    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "bench-server");
        thread.setDaemon(true);
        return thread;
    });
    private final BenchContent content;
    private final long latencyMillis;

    BenchServer(int hosts, BenchContent content, long latencyMillis) {
        this.content = content;
        this.latencyMillis = latencyMillis;
        try {
            for (int i = 0; i < hosts; i++) {
                InetAddress address = InetAddress.getByAddress(new byte[] {127, 0, (byte) ((i + 2) >> 8), (byte) ((i + 2) & 0xFF)});
                HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 200);
                server.createContext("/", this::handle);
                server.setExecutor(threads);
                server.start();
                servers.add(server);
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("Could not bind the benchmark's loopback addresses", e);
        }
    }

    /** The base URL of host {@code index}, e.g. "http://127.0.0.2:41234". */
    String base(int index) {
        InetSocketAddress address = servers.get(index).getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            sleep(latencyMillis);
            long start = cpu.getCurrentThreadCpuTime();
            try {
                answer(exchange);
            } finally {
                cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - start);
            }
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String base = "http://" + exchange.getLocalAddress().getAddress().getHostAddress() + ":"
                + exchange.getLocalAddress().getPort();
        if (path.startsWith("/feed/")) {
            feedRequests.incrementAndGet();
            int feed = Integer.parseInt(path.substring(6, path.indexOf('.')));
            String etag = "\"feed-" + feed + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, "application/rss+xml; charset=utf-8", content.feed(feed, base));
        } else if (path.startsWith("/article/")) {
            pageRequests.incrementAndGet();
            String[] parts = path.substring(9, path.indexOf('.')).split("-");
            send(exchange, "text/html; charset=utf-8", content.page(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        } else {
            exchange.sendResponseHeaders(404, -1);
        }
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        threads.shutdownNow();
    }
}
