package de.presseschau.web;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Lets a request through when no password is set, the browser is signed in, or an API client shows the
 * token; sends everyone else to the login page (or answers 401 under /api).
 */
final class AccessGate {

    static final String COOKIE = "presseschau_session";
    private static final Set<String> OPEN_PATHS = Set.of("/login", "/healthz");

    private final Credentials credentials;
    private final Sessions sessions;
    private final String apiToken;

    /** {@code apiToken} may be null: then only signed-in browsers get in. */
    AccessGate(Credentials credentials, Sessions sessions, String apiToken) {
        this.credentials = credentials;
        this.sessions = sessions;
        this.apiToken = apiToken == null || apiToken.isBlank() ? null : apiToken;
    }

    void check(Context ctx) {
        String path = ctx.path();
        if (!credentials.isPasswordSet() || OPEN_PATHS.contains(path) || path.startsWith("/public/")) {
            return;
        }
        if (sessions.isValid(ctx.cookie(COOKIE)) || hasApiToken(ctx)) {
            return;
        }
        if (ErrorResponses.isApi(path)) {
            throw new UnauthorizedResponse("Anmeldung nötig: Sitzung oder API-Token (Authorization: Bearer …).");
        }
        String target = path + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        ctx.redirect("/login?weiter=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        ctx.skipRemainingHandlers();
    }

    private boolean hasApiToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (apiToken == null || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                apiToken.getBytes(StandardCharsets.UTF_8));
    }
}
