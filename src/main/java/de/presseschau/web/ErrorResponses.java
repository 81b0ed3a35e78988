package de.presseschau.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that turns a failed request into an answer: an HTML page for people, JSON under /api. */
public final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private final Pages pages;

    ErrorResponses(Pages pages) {
        this.pages = pages;
    }

    void handle(HttpResponseException failure, Context ctx) {
        String message = failure instanceof EndpointNotFound ? "Diese Seite gibt es nicht." : failure.getMessage();
        respond(ctx, failure.getStatus(), message);
    }

    void handleUnexpected(Exception failure, Context ctx) {
        LOG.error("Request {} {} failed", ctx.method(), ctx.path(), failure);
        respond(ctx, 500, "Da ist auf dem Server etwas schiefgegangen.");
    }

    private void respond(Context ctx, int status, String message) {
        ctx.status(status);
        if (isApi(ctx.path())) {
            JsonApi.send(ctx, new JsonApi.ErrorJson(message));
        } else {
            pages.render(ctx, "error.jte", new Model(status, title(status), message));
        }
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.equals("/healthz");
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Ungültige Anfrage";
            case 404 -> "Nicht gefunden";
            default -> status >= 500 ? "Serverfehler" : "Fehler " + status;
        };
    }

    public record Model(int status, String title, String message) {
    }
}
