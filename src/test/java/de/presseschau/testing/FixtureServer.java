package de.presseschau.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP server on 127.0.0.1 (or another loopback address) serving fixture responses by path, answering conditional GETs, recording requests. */
public final class FixtureServer implements AutoCloseable {

    /**
     * One canned response. A non-null ETag or Last-Modified is sent, and a request repeating it in
     * If-None-Match or If-Modified-Since gets 304.
     */
    public record Response(int status, String contentType, byte[] body, String etag, String lastModified, long delayMillis) {

        public Response(int status, String contentType, byte[] body, String etag, String lastModified) {
            this(status, contentType, body, etag, lastModified, 0);
        }

        public static Response ok(String contentType, byte[] body) {
            return new Response(200, contentType, body, null, null);
        }

        /** The same response, sent only after a pause, as from a slow server. */
        public Response delayedBy(long millis) {
            return new Response(status, contentType, body, etag, lastModified, millis);
        }

        public static Response status(int status) {
            return new Response(status, "text/plain", ("Status " + status).getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null);
        }

        public Response withValidators(String etag, String lastModified) {
            return new Response(status, contentType, body, etag, lastModified);
        }
    }

    /** A request as received: path and headers. */
    public record Request(String path, Headers headers) {
    }

    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final Map<String, com.sun.net.httpserver.HttpHandler> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public FixtureServer() {
        this(InetAddress.getLoopbackAddress());
    }

    /** A server on another loopback address (127.0.0.2, ...), which counts as another host. */
    public FixtureServer(InetAddress address) {
        try {
            server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(16));
        server.start();
    }

    public FixtureServer serve(String path, Response response) {
        responses.put(path, response);
        return this;
    }

    /** Answers {@code path} with custom code (headers such as Location or Retry-After, dripping, hanging up). */
    public FixtureServer handle(String path, com.sun.net.httpserver.HttpHandler handler) {
        handlers.put(path, handler);
        return this;
    }

    public String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + path;
    }

    public List<Request> requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            requests.add(new Request(path, exchange.getRequestHeaders()));
            com.sun.net.httpserver.HttpHandler handler = handlers.get(path);
            if (handler != null) {
                handler.handle(exchange);
                return;
            }
            Response response = responses.get(path);
            if (response == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (response.delayMillis() > 0) {
                try {
                    Thread.sleep(response.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            Headers request = exchange.getRequestHeaders();
            boolean unchanged = false;
            if (response.etag() != null) {
                exchange.getResponseHeaders().set("ETag", response.etag());
                unchanged = response.etag().equals(request.getFirst("If-None-Match"));
            }
            if (response.lastModified() != null) {
                exchange.getResponseHeaders().set("Last-Modified", response.lastModified());
                unchanged |= response.etag() == null && response.lastModified().equals(request.getFirst("If-Modified-Since"));
            }
            if (unchanged) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            if (response.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", response.contentType());
            }
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
