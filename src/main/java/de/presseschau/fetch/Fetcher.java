package de.presseschau.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** Fetches feeds and article pages over HTTP(S): conditional GET, gzip, redirects, timeouts, size limit. */
public final class Fetcher {

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            + "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, application/xhtml+xml;q=0.8, */*;q=0.5";
    private static final String ACCEPT_LANGUAGE = "de-DE, de;q=0.9, en;q=0.5";

    private final HttpSettings settings;
    private final HttpClient client;
    private final Clock clock;
    private final AddressPolicy addresses;
    private final DeadlineTimer deadlines;

    public Fetcher(HttpSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /**
     * {@code clock} dates the server's hints (Retry-After, max-age); deadlines use the monotonic timer. Any address may
     * be fetched: see {@link #restrictedTo(AddressPolicy)} for article pages.
     */
    public Fetcher(HttpSettings settings, Clock clock) {
        // Redirects are followed by hand: to count them, spot loops, report the final URL and check each hop's address.
        this(settings, clock, HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // The client's own steps run where they arise (the calling thread, or its selector thread) instead
                // of being handed to a pool: with the hand-off per response, the client's threads took 0.35 ms of
                // CPU per request in the bench, without it 0.16. Nothing run there blocks: the body handler and the
                // collectors only copy bytes.
                .executor(Runnable::run)
                .build(), AddressPolicy.anyAddress(), new DeadlineTimer());
    }

    private Fetcher(HttpSettings settings, Clock clock, HttpClient client, AddressPolicy addresses,
                    DeadlineTimer deadlines) {
        this.settings = settings;
        this.clock = clock;
        this.client = client;
        this.addresses = addresses;
        this.deadlines = deadlines;
    }

    /** The same fetcher (sharing its connections) that connects only to the addresses the policy allows, on every hop. */
    public Fetcher restrictedTo(AddressPolicy policy) {
        return new Fetcher(settings, clock, client, policy, deadlines);
    }

    /** Fetches one URL. Never throws for network or HTTP trouble: that is a {@link FetchResult.Failed}. */
    public FetchResult fetch(FetchRequest request) {
        return fetch(request, () -> { });
    }

    /**
     * As {@link #fetch(FetchRequest)}; {@code requestsOver} runs once, as soon as no request of this fetch is open any
     * more: on the client's thread when the last response's body is in (a redirect's is not the last), else when the
     * fetch returns. A caller that counts requests per host can start the next one meanwhile, without waiting for
     * this thread to be woken and scheduled again (4-12 ms per request in the bench, more while the cores are busy).
     */
    public FetchResult fetch(FetchRequest request, Runnable requestsOver) {
        AtomicBoolean over = new AtomicBoolean();
        Runnable once = () -> {
            if (over.compareAndSet(false, true)) {
                requestsOver.run();
            }
        };
        try {
            return fetchAll(request, once);
        } finally {
            once.run();
        }
    }

    private FetchResult fetchAll(FetchRequest request, Runnable requestsOver) {
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        URI uri;
        try {
            uri = toHttpUri(request.url());
        } catch (URISyntaxException e) {
            return new FetchResult.Failed("Ungültige Adresse: " + request.url(), FailureKind.INVALID_URL);
        }
        Set<URI> visited = new HashSet<>();
        // A feed has moved for good only if every hop on the way says so (301/308).
        boolean allPermanent = true;
        for (int redirects = 0; ; redirects++) {
            visited.add(uri);
            String refusal = addresses.refusal(uri);
            if (refusal != null) {
                return new FetchResult.Failed(refusal, FailureKind.PRIVATE_ADDRESS);
            }
            HttpResponse<byte[]> response;
            try {
                response = send(uri, request, deadline, requestsOver);
            } catch (TimeoutException e) {
                return new FetchResult.Failed(FailureReasons.forTimeout(settings.totalTimeout()), FailureKind.TIMEOUT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new FetchResult.Failed("Abgebrochen", FailureKind.INTERRUPTED);
            } catch (IOException e) {
                return new FetchResult.Failed(FailureReasons.forException(e, settings), FailureReasons.kindOf(e));
            }
            int status = response.statusCode();
            HttpHeaders headers = response.headers();
            if (status == 304) {
                return new FetchResult.NotModified(
                        headers.firstValue("ETag").orElse(request.etag()),
                        headers.firstValue("Last-Modified").orElse(request.lastModified()),
                        ServerHints.freshUntil(headers, clock.instant()));
            }
            if (isRedirect(status) && headers.firstValue("Location").isPresent()) {
                String location = headers.firstValue("Location").get();
                if (redirects >= settings.maxRedirects()) {
                    return new FetchResult.Failed(status,
                            "Zu viele Weiterleitungen (mehr als " + settings.maxRedirects() + ")",
                            FailureKind.TOO_MANY_REDIRECTS, null);
                }
                URI next;
                try {
                    next = toHttpUri(uri.resolve(location.trim().replace(" ", "%20")).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return new FetchResult.Failed(status, "Ungültiges Weiterleitungsziel: " + location,
                            FailureKind.INVALID_URL, null);
                }
                if (visited.contains(next)) {
                    return new FetchResult.Failed(status, "Weiterleitungsschleife bei " + next,
                            FailureKind.REDIRECT_LOOP, null);
                }
                allPermanent &= status == 301 || status == 308;
                uri = next;
                continue;
            }
            if (status < 200 || status > 299) {
                Instant retryAt = status == 429 || status == 503 ? ServerHints.retryAt(headers, clock.instant()) : null;
                return new FetchResult.Failed(status, FailureReasons.forStatus(status), FailureKind.HTTP_STATUS, retryAt);
            }
            return decoded(uri, response, redirects > 0 && allPermanent ? uri.toString() : null);
        }
    }

    private FetchResult decoded(URI uri, HttpResponse<byte[]> response, String movedTo) {
        HttpHeaders headers = response.headers();
        try {
            byte[] body = ContentDecoder.decode(response.body(),
                    headers.firstValue("Content-Encoding").orElse(null), settings.maxBodyBytes());
            return new FetchResult.Fetched(uri.toString(), response.statusCode(), body,
                    headers.firstValue("Content-Type").orElse(null),
                    headers.firstValue("ETag").orElse(null),
                    headers.firstValue("Last-Modified").orElse(null),
                    movedTo, ServerHints.freshUntil(headers, clock.instant()));
        } catch (IOException e) {
            return new FetchResult.Failed(response.statusCode(), FailureReasons.forException(e, settings),
                    FailureReasons.kindOf(e), null);
        }
    }

    /** One request and its body, all within the overall deadline. */
    private HttpResponse<byte[]> send(URI uri, FetchRequest request, long deadline, Runnable requestsOver)
            throws IOException, InterruptedException, TimeoutException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new TimeoutException();
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .GET()
                // The request timeout only covers the wait for headers; the body is bounded below.
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Language", ACCEPT_LANGUAGE)
                .header("Accept-Encoding", "gzip, deflate");
        if ("http".equals(uri.getScheme())) {
            // Plain-text HTTP/2 means an h2c upgrade, which some old servers answer badly.
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        if (request.etag() != null && !request.etag().isBlank()) {
            builder.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null && !request.lastModified().isBlank()) {
            builder.header("If-Modified-Since", request.lastModified());
        }

        AtomicReference<BodyCollector> collector = new AtomicReference<>();
        BodyHandler<byte[]> handler = info -> {
            BodySubscriber<byte[]> subscriber = subscriberFor(info, deadline, collector);
            boolean last = !isRedirect(info.statusCode()) || info.headers().firstValue("Location").isEmpty();
            return last ? new EndingBody<>(subscriber, requestsOver) : subscriber;
        };
        // Sent on this thread: the client's asynchronous send hands each response to a new thread of its own.
        ScheduledFuture<?> watch = deadlines.at(deadline, () -> {
            BodyCollector body = collector.get();
            if (body != null) {
                body.expire();
            }
        });
        try {
            return client.send(builder.build(), handler);
        } catch (IOException e) {
            if (hasCause(e, TotalTimeoutException.class)) {
                throw new TimeoutException();
            }
            throw e;
        } catch (InterruptedException e) {
            BodyCollector body = collector.get();
            if (body != null) {
                body.abort();
            }
            throw e;
        } finally {
            watch.cancel(false);
        }
    }

    /** Skips the body of anything but a success; collects a success's body up to the limit and the deadline. */
    private BodySubscriber<byte[]> subscriberFor(HttpResponse.ResponseInfo info, long deadline,
                                                 AtomicReference<BodyCollector> collector) {
        if (info.statusCode() / 100 != 2) {
            return new SkippedBody();
        }
        BodyCollector body = new BodyCollector(settings.maxBodyBytes(),
                info.headers().firstValueAsLong("Content-Length").orElse(-1));
        collector.set(body);
        if (deadline - System.nanoTime() <= 0) {
            // The headers came just as the deadline passed, after the timer had found no body to stop.
            body.expire();
        }
        return body;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI toHttpUri(String url) throws URISyntaxException {
        if (url == null) {
            throw new URISyntaxException("null", "no URL");
        }
        URI uri = new URI(url.trim());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new URISyntaxException(url, "not an http(s) URL");
        }
        return uri;
    }
}
