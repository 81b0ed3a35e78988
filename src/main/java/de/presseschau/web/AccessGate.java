package de.presseschau.web;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lets a request through when no password is set, the browser is signed in, or an API client shows the
 * token; sends everyone else to the login page (or answers 401 under /api).
 */
final class AccessGate {

    static final String COOKIE = "presseschau_session";
    private static final Set<String> OPEN_PATHS = Set.of("/login", "/healthz");

    private final Credentials credentials;
    private final Sessions sessions;
    private final List<String> tokens;

    /** Either token may be null; without tokens only signed-in browsers get in. */
    AccessGate(Credentials credentials, Sessions sessions, String apiToken, String localToken) {
        this.credentials = credentials;
        this.sessions = sessions;
        this.tokens = Stream.of(apiToken, localToken).filter(t -> t != null && !t.isBlank()).toList();
    }

    void check(Context ctx) {
        String path = ctx.path();
        if (!credentials.isPasswordSet() || OPEN_PATHS.contains(path) || path.startsWith("/public/")) {
            return;
        }
        if (sessions.isValid(ctx.cookie(COOKIE)) || hasToken(ctx)) {
            return;
        }
        if (ErrorResponses.isApi(path)) {
            throw new UnauthorizedResponse("Anmeldung nötig: Sitzung oder API-Token (Authorization: Bearer …).");
        }
        String target = path + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        ctx.redirect("/login?weiter=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        ctx.skipRemainingHandlers();
    }

    private boolean hasToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return tokens.stream().anyMatch(token -> MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8)));
    }
}
