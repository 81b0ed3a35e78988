package de.presseschau.web;

import io.javalin.http.Context;

/**
 * Headers that keep every page harmless even if hostile markup got through: scripts only from our own
 * origin (we ship none inline), no framing, no referrer leaking what the reader reads, no MIME sniffing.
 */
final class SecurityHeaders {

    // Article images come from the publishers, so images may load from anywhere; nothing else may.
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' https: http: data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
    }
}
