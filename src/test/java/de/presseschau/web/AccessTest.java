package de.presseschau.web;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessTest {

    private static final String PASSWORD = "Zugspitze-2962";

    private static HttpResponse<String> postForm(RunningReader reader, String path, String form, String cookie) {
        return reader.send(path, r -> {
            r.POST(HttpRequest.BodyPublishers.ofString(form)).header("Content-Type", "application/x-www-form-urlencoded");
            return cookie == null ? r : r.header("Cookie", cookie);
        });
    }

    private static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(form.length() == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    /** "name=value" of the session cookie a response sets. */
    private static String sessionCookie(HttpResponse<String> response) {
        String header = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(AccessGate.COOKIE + "=")).findFirst().orElseThrow();
        return header.split(";", 2)[0];
    }

    @Test
    void withoutAPasswordTheReaderIsOpenAndOffersTheSetup() {
        try (RunningReader reader = new RunningReader()) {
            assertEquals(200, reader.get("/").statusCode());
            assertEquals(200, reader.get("/api/topics").statusCode());
            assertTrue(reader.get("/konto").body().contains("Passwort festlegen"));
        }
    }

    @Test
    void withAPasswordPagesSendToTheLoginAndTheApiAnswers401() {
        try (RunningReader reader = new RunningReader(PASSWORD, null)) {
            HttpResponse<String> page = reader.get("/feeds?x=1");
            assertEquals(302, page.statusCode());
            assertEquals("/login?weiter=" + URLEncoder.encode("/feeds?x=1", StandardCharsets.UTF_8),
                    page.headers().firstValue("Location").orElseThrow());
            assertEquals(401, reader.get("/api/articles").statusCode());
            assertEquals(200, reader.get("/healthz").statusCode());
            assertEquals(200, reader.get("/public/style.css").statusCode());
            assertEquals(200, reader.get("/login").statusCode());
        }
    }

    @Test
    void theRightPasswordSignsInWithASafeCookieAndLogoutEndsTheSession() {
        try (RunningReader reader = new RunningReader(PASSWORD, null)) {
            HttpResponse<String> login = postForm(reader, "/login", form("passwort", PASSWORD, "weiter", "/feeds"), null);

            assertEquals(302, login.statusCode());
            assertEquals("/feeds", login.headers().firstValue("Location").orElseThrow());
            String setCookie = login.headers().allValues("Set-Cookie").get(0);
            assertTrue(setCookie.contains("HttpOnly"), setCookie);
            assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
            assertFalse(setCookie.contains("Secure"), "plain HTTP on 127.0.0.1: " + setCookie);
            String cookie = sessionCookie(login);
            assertEquals(200, reader.send("/feeds", r -> r.header("Cookie", cookie)).statusCode());
            assertEquals(200, reader.send("/api/feeds", r -> r.header("Cookie", cookie)).statusCode());

            assertEquals(302, postForm(reader, "/logout", "", cookie).statusCode());
            assertEquals(302, reader.send("/feeds", r -> r.header("Cookie", cookie)).statusCode());
        }
    }

    @Test
    void wrongPasswordsAreRefusedAndThenThrottled() {
        try (RunningReader reader = new RunningReader(PASSWORD, null)) {
            for (int i = 0; i < 5; i++) {
                assertEquals(401, postForm(reader, "/login", form("passwort", "falsch" + i), null).statusCode());
            }
            HttpResponse<String> throttled = postForm(reader, "/login", form("passwort", PASSWORD), null);

            assertEquals(429, throttled.statusCode());
            assertTrue(throttled.body().contains("Zu viele falsche Versuche"), throttled.body());
        }
    }

    @Test
    void aClientWithTheApiTokenMayUseTheApi() {
        try (RunningReader reader = new RunningReader(PASSWORD, "geheimes-token")) {
            assertEquals(200, reader.send("/api/topics", r -> r.header("Authorization", "Bearer geheimes-token")).statusCode());
            assertEquals(401, reader.send("/api/topics", r -> r.header("Authorization", "Bearer falsch")).statusCode());
        }
    }

    @Test
    void theFirstRunSetupStoresAHashAndFromThenOnTheReaderAsksForIt() {
        try (RunningReader reader = new RunningReader()) {
            HttpResponse<String> tooShort = postForm(reader, "/konto/passwort", form("passwort", "kurz", "wiederholung", "kurz"), null);
            assertEquals(400, tooShort.statusCode());

            HttpResponse<String> set = postForm(reader, "/konto/passwort",
                    form("passwort", PASSWORD, "wiederholung", PASSWORD), null);

            assertEquals(302, set.statusCode());
            String stored = reader.settings.find("password.hash").orElseThrow();
            assertTrue(stored.startsWith("pbkdf2-sha256$"), stored);
            assertFalse(stored.contains(PASSWORD));
            assertEquals(302, reader.get("/").statusCode());
            assertEquals(200, reader.send("/", r -> r.header("Cookie", sessionCookie(set))).statusCode());
            assertEquals(400, postForm(reader, "/konto/passwort", form("passwort", "Uebernahme-123", "wiederholung", "Uebernahme-123"),
                    sessionCookie(set)).statusCode());
        }
    }

    @Test
    void theLoginOnlyEverSendsBackToThisSite() {
        try (RunningReader reader = new RunningReader(PASSWORD, null)) {
            for (String target : List.of("//boese.example/", "https://boese.example/", "/\\boese.example")) {
                HttpResponse<String> login = postForm(reader, "/login", form("passwort", PASSWORD, "weiter", target), null);
                assertEquals("/", login.headers().firstValue("Location").orElseThrow(), target);
            }
        }
    }
}
