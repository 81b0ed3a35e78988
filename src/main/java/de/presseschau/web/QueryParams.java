package de.presseschau.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/** Reads whole-number query parameters; a wrong value is the client's mistake (400), never a silent default. */
final class QueryParams {

    private QueryParams() {
    }

    /** Values beyond the int range count as the largest int, so callers can clamp them like any large value. */
    static int intAtLeast(Context ctx, String name, int defaultValue, int minimum) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        long value;
        try {
            value = Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(mustBe(name, minimum));
        }
        if (value < minimum) {
            throw new BadRequestResponse(mustBe(name, minimum));
        }
        return (int) Math.min(value, Integer.MAX_VALUE);
    }

    private static String mustBe(String name, int minimum) {
        return "Der Parameter „" + name + "“ muss eine ganze Zahl ab " + minimum + " sein.";
    }
}
