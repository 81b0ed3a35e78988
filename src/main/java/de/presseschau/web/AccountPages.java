package de.presseschau.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.time.Duration;

/** Signing in and out, and setting the first password from the reader. */
public final class AccountPages {

    private static final int MIN_PASSWORD_LENGTH = 10;

    private final Credentials credentials;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Pages pages;

    AccountPages(Credentials credentials, Sessions sessions, LoginThrottle throttle, Pages pages) {
        this.credentials = credentials;
        this.sessions = sessions;
        this.throttle = throttle;
        this.pages = pages;
    }

    void showLogin(Context ctx) {
        if (!credentials.isPasswordSet()) {
            ctx.redirect("/konto");
            return;
        }
        pages.render(ctx, "login.jte", new LoginModel(localTarget(ctx.queryParam("weiter")), null));
    }

    void login(Context ctx) {
        String target = localTarget(ctx.formParam("weiter"));
        Duration wait = throttle.waitFor(ctx.ip());
        if (!wait.isZero()) {
            ctx.status(429);
            pages.render(ctx, "login.jte", new LoginModel(target,
                    "Zu viele falsche Versuche. Bitte in " + Math.max(1, wait.toSeconds()) + " s noch einmal."));
            return;
        }
        if (!credentials.matches(ctx.formParam("passwort"))) {
            throttle.failed(ctx.ip());
            ctx.status(401);
            pages.render(ctx, "login.jte", new LoginModel(target, "Das Passwort stimmt nicht."));
            return;
        }
        throttle.succeeded(ctx.ip());
        signIn(ctx);
        ctx.redirect(target);
    }

    void logout(Context ctx) {
        sessions.close(ctx.cookie(AccessGate.COOKIE));
        ctx.removeCookie(AccessGate.COOKIE, "/");
        ctx.redirect(credentials.isPasswordSet() ? "/login" : "/");
    }

    void showAccount(Context ctx) {
        pages.render(ctx, "account.jte", new AccountModel(credentials.isPasswordSet(), credentials.isGivenAtStart(), null));
    }

    /** The first-run setup: only while no password exists, so nobody can take over a protected reader. */
    void setPassword(Context ctx) {
        if (credentials.isPasswordSet()) {
            throw new BadRequestResponse("Es gibt schon ein Passwort.");
        }
        String password = ctx.formParam("passwort");
        String message = password == null || password.length() < MIN_PASSWORD_LENGTH
                ? "Das Passwort braucht mindestens " + MIN_PASSWORD_LENGTH + " Zeichen."
                : !password.equals(ctx.formParam("wiederholung")) ? "Die beiden Eingaben stimmen nicht überein." : null;
        if (message != null) {
            ctx.status(400);
            pages.render(ctx, "account.jte", new AccountModel(false, false, message));
            return;
        }
        credentials.setPassword(password);
        signIn(ctx);
        ctx.redirect("/konto");
    }

    private void signIn(Context ctx) {
        // Secure whenever the reader is reached over HTTPS, also behind a proxy that terminates TLS.
        boolean isHttps = "https".equals(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        ctx.cookie(new Cookie(AccessGate.COOKIE, sessions.open(), "/", (int) Sessions.LIFETIME.toSeconds(),
                isHttps, true, null, SameSite.LAX));
    }

    /** Only paths on this site, so the login cannot be used to send someone elsewhere. */
    private static String localTarget(String target) {
        return target != null && target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\")
                ? target : "/";
    }

    public record LoginModel(String target, String error) {
    }

    public record AccountModel(boolean isPasswordSet, boolean isGivenAtStart, String error) {
    }
}
