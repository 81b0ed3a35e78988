package de.presseschau.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the benchmark's feeds and article pages from many loopback addresses (127.0.0.2, 127.0.0.3, ...), each
 * answer held back by a fixed latency; feeds answer conditional GETs with 304. Counts what it answered.
 *
 * <p>One thread serves all addresses, with non-blocking sockets and a queue of answers falling due: the servers it
 * stands for are remote, so it should take as little as it can of the CPU the reader is measured on. The JDK's
 * HttpServer, a dispatcher thread per address and a sleeping thread per request, took 5-7 s of CPU in a default run.
 */
final class BenchServer implements AutoCloseable {

    /** The name of the one thread that serves; all its CPU is the server's share of the process's. */
    static final String THREAD = "bench-server";

    /** A request's line and headers must fit in this; the HTTP client's are a few hundred bytes. */
    private static final int MAX_REQUEST_BYTES = 16 * 1024;
    private static final byte[] END_OF_HEADERS = {'\r', '\n', '\r', '\n'};

    final AtomicInteger feedRequests = new AtomicInteger();
    final AtomicInteger notModified = new AtomicInteger();
    final AtomicInteger pageRequests = new AtomicInteger();

    private final BenchContent content;
    private final long latencyNanos;
    private final Selector selector;
    private final List<ServerSocketChannel> listeners = new ArrayList<>();
    private final List<String> bases = new ArrayList<>();
    /** Requests read, each answered when its latency has passed; only the server thread touches it. */
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(Comparator.comparingLong(Pending::dueAt));
    private final Thread thread;
    private volatile boolean closed;

    private record Pending(long dueAt, Connection connection, String path, String etag) {
    }

    /** One client connection: the request bytes read so far, and the answer still to write. */
    private static final class Connection {
        final SocketChannel channel;
        final String base;
        ByteBuffer in = ByteBuffer.allocate(1024);
        ByteBuffer out;

        Connection(SocketChannel channel, String base) {
            this.channel = channel;
            this.base = base;
        }
    }

    BenchServer(int hosts, BenchContent content, long latencyMillis) {
        this.content = content;
        this.latencyNanos = TimeUnit.MILLISECONDS.toNanos(latencyMillis);
        try {
            selector = Selector.open();
            for (int i = 0; i < hosts; i++) {
                InetAddress address = InetAddress.getByAddress(new byte[] {127, 0, (byte) ((i + 2) >> 8), (byte) ((i + 2) & 0xFF)});
                ServerSocketChannel listener = ServerSocketChannel.open();
                listeners.add(listener);
                listener.bind(new InetSocketAddress(address, 0), 200);
                listener.configureBlocking(false);
                String base = "http://" + address.getHostAddress() + ":" + listener.socket().getLocalPort();
                bases.add(base);
                listener.register(selector, SelectionKey.OP_ACCEPT, base);
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("Could not bind the benchmark's loopback addresses", e);
        }
        thread = new Thread(this::serve, THREAD);
        thread.setDaemon(true);
        thread.start();
    }

    /** The base URL of host {@code index}, e.g. "http://127.0.0.2:41234". */
    String base(int index) {
        return bases.get(index);
    }

    private void serve() {
        try {
            while (!closed) {
                Pending next = pending.peek();
                long left = next == null ? 0 : next.dueAt() - System.nanoTime();
                if (next == null) {
                    selector.select();
                } else if (left > 0) {
                    // Rounded up, so the thread sleeps until the answer is due instead of spinning through its last
                    // millisecond: answers come up to a millisecond late, never early.
                    selector.select(TimeUnit.NANOSECONDS.toMillis(left + 999_999));
                } else {
                    selector.selectNow();
                }
                handleReady();
                answerDue();
            }
        } catch (IOException e) {
            if (!closed) {
                throw new UncheckedIOException("The benchmark's server failed", e);
            }
        }
    }

    private void handleReady() throws IOException {
        Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
        while (ready.hasNext()) {
            SelectionKey key = ready.next();
            ready.remove();
            if (!key.isValid()) {
                continue;
            }
            try {
                if (key.isAcceptable()) {
                    accept(key);
                } else if (key.isReadable()) {
                    read(key);
                } else if (key.isWritable()) {
                    write(key);
                }
            } catch (IOException e) {
                // The client hung up; its connection goes, the others go on.
                close(key);
            }
        }
    }

    private void accept(SelectionKey key) throws IOException {
        SocketChannel channel = ((ServerSocketChannel) key.channel()).accept();
        if (channel == null) {
            return;
        }
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_READ, new Connection(channel, (String) key.attachment()));
    }

    private void read(SelectionKey key) throws IOException {
        Connection connection = (Connection) key.attachment();
        if (!connection.in.hasRemaining()) {
            if (connection.in.capacity() >= MAX_REQUEST_BYTES) {
                close(key);
                return;
            }
            ByteBuffer larger = ByteBuffer.allocate(connection.in.capacity() * 2);
            connection.in.flip();
            connection.in = larger.put(connection.in);
        }
        if (connection.channel.read(connection.in) < 0) {
            close(key);
            return;
        }
        int end = indexOf(connection.in, END_OF_HEADERS);
        if (end < 0) {
            return;
        }
        String head = new String(connection.in.array(), 0, end, StandardCharsets.ISO_8859_1);
        // The client sends one request at a time and waits for its answer (no body, no pipelining).
        connection.in.clear();
        key.interestOps(0);
        pending.add(new Pending(System.nanoTime() + latencyNanos, connection, path(head), header(head, "if-none-match")));
    }

    private void answerDue() {
        long now = System.nanoTime();
        while (!pending.isEmpty() && pending.peek().dueAt() <= now) {
            Pending request = pending.poll();
            SelectionKey key = request.connection().channel.keyFor(selector);
            if (key == null || !key.isValid()) {
                continue;
            }
            request.connection().out = ByteBuffer.wrap(answer(request));
            try {
                write(key);
            } catch (IOException e) {
                close(key);
            }
        }
    }

    /** Writes what the socket takes; the rest when it is writable again, then waits for the next request. */
    private static void write(SelectionKey key) throws IOException {
        Connection connection = (Connection) key.attachment();
        connection.channel.write(connection.out);
        if (connection.out.hasRemaining()) {
            key.interestOps(SelectionKey.OP_WRITE);
        } else {
            connection.out = null;
            key.interestOps(SelectionKey.OP_READ);
        }
    }

    private byte[] answer(Pending request) {
        try {
            return answerPath(request);
        } catch (RuntimeException e) {
            // A path the bench never asks for ("/feed/x"): one answer fails, the server goes on.
            return response("404 Not Found", "", null, new byte[0]);
        }
    }

    private byte[] answerPath(Pending request) {
        String path = request.path();
        String base = request.connection().base;
        if (path.startsWith("/feed/")) {
            feedRequests.incrementAndGet();
            int feed = Integer.parseInt(path.substring(6, path.indexOf('.')));
            String etag = "\"feed-" + feed + "\"";
            if (etag.equals(request.etag())) {
                notModified.incrementAndGet();
                return response("304 Not Modified", "ETag: " + etag + "\r\n", null, new byte[0]);
            }
            return response("200 OK", "ETag: " + etag + "\r\n", "application/rss+xml; charset=utf-8",
                    content.feed(feed, base).getBytes(StandardCharsets.UTF_8));
        }
        if (path.startsWith("/article/")) {
            pageRequests.incrementAndGet();
            String[] parts = path.substring(9, path.indexOf('.')).split("-");
            return response("200 OK", "", "text/html; charset=utf-8",
                    content.page(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])).getBytes(StandardCharsets.UTF_8));
        }
        return response("404 Not Found", "", null, new byte[0]);
    }

    private static byte[] response(String status, String headers, String contentType, byte[] body) {
        String head = "HTTP/1.1 " + status + "\r\n" + headers
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + (status.startsWith("304") ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    /** The path of the request line ("GET /feed/1.xml HTTP/1.1"), without its query. */
    private static String path(String head) {
        int start = head.indexOf(' ') + 1;
        int end = head.indexOf(' ', start);
        String target = head.substring(start, end < 0 ? head.indexOf('\r') : end);
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** The value of a header, by its lower-case name, or null. */
    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static int indexOf(ByteBuffer buffer, byte[] wanted) {
        byte[] bytes = buffer.array();
        for (int i = 0; i + wanted.length <= buffer.position(); i++) {
            int j = 0;
            while (j < wanted.length && bytes[i + j] == wanted[j]) {
                j++;
            }
            if (j == wanted.length) {
                return i;
            }
        }
        return -1;
    }

    private static void close(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException e) {
            // Closing is all that was left to do.
        }
    }

    @Override
    public void close() {
        closed = true;
        if (selector != null) {
            selector.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (selector != null) {
            for (SelectionKey key : selector.keys()) {
                close(key);
            }
            try {
                selector.close();
            } catch (IOException e) {
                // Nothing more to release.
            }
        }
        for (ServerSocketChannel listener : listeners) {
            try {
                listener.close();
            } catch (IOException e) {
                // Nothing more to release.
            }
        }
    }
}
