package de.presseschau.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;

/** Renders the precompiled jte templates into the response as UTF-8 HTML. */
final class Pages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    void render(Context ctx, String template, Object model) {
        send(ctx, html(template, model).getBytes(StandardCharsets.UTF_8));
    }

    String html(String template, Object model) {
        StringOutput output = new StringOutput();
        engine.render(template, model, output);
        return output.toString();
    }

    static void send(Context ctx, byte[] html) {
        ctx.contentType("text/html; charset=utf-8").result(html);
    }
}
