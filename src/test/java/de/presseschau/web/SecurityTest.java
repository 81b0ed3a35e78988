package de.presseschau.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest {

    private final RunningReader reader = new RunningReader();

    @AfterAll
    void stop() {
        reader.close();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/feeds", "/api/topics", "/gibt-es-nicht", "/article/999")) {
            HttpResponse<String> response = reader.get(path);
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"), path + ": " + policy);
            assertTrue(!policy.contains("unsafe-inline"), policy);
            assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    @Test
    void aPostFromAForeignSiteIsRefused() {
        HttpResponse<String> foreign = reader.send("/irgendwas", r -> r.POST(HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://boese.example"));
        HttpResponse<String> crossSite = reader.send("/irgendwas", r -> r.POST(HttpRequest.BodyPublishers.noBody())
                .header("Sec-Fetch-Site", "cross-site"));

        assertEquals(403, foreign.statusCode());
        assertEquals(403, crossSite.statusCode());
    }

    @Test
    void aPostFromTheReaderItselfOrWithoutABrowserPassesTheCheck() {
        HttpResponse<String> sameOrigin = reader.send("/irgendwas", r -> r.POST(HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://127.0.0.1:" + reader.port()).header("Sec-Fetch-Site", "same-origin"));
        HttpResponse<String> script = reader.send("/irgendwas", r -> r.POST(HttpRequest.BodyPublishers.noBody()));

        // No such route: the request got past the check to the router.
        assertEquals(404, sameOrigin.statusCode());
        assertEquals(404, script.statusCode());
    }
}
