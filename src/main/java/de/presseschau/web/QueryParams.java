package de.presseschau.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/** Reads whole-number query parameters; a wrong value is the client's mistake (400), never a silent default. */
final class QueryParams {

    private QueryParams() {
    }

    static int intAtLeast(Context ctx, String name, int defaultValue, int minimum) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(mustBe(name, minimum));
        }
        if (value < minimum) {
            throw new BadRequestResponse(mustBe(name, minimum));
        }
        return value;
    }

    private static String mustBe(String name, int minimum) {
        return "Der Parameter „" + name + "“ muss eine ganze Zahl ab " + minimum + " sein.";
    }
}
