package de.presseschau.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses state-changing requests that a browser sent on behalf of another site (cross-site request forgery).
 * Browsers name the initiator in {@code Sec-Fetch-Site} and {@code Origin}; clients without a browser send
 * neither and are let through, since they cannot be tricked by a foreign page.
 */
final class SameOriginCheck {

    private static final Set<HandlerType> STATE_CHANGING = Set.of(HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    private SameOriginCheck() {
    }

    static void check(Context ctx) {
        if (!STATE_CHANGING.contains(ctx.method())) {
            return;
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new ForbiddenResponse("Anfrage von einer fremden Seite abgelehnt.");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !isSameHost(origin, ctx.header("Host"))) {
            throw new ForbiddenResponse("Anfrage von einer fremden Seite abgelehnt.");
        }
    }

    private static boolean isSameHost(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
            return originHost.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
