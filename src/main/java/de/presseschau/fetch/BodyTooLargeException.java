package de.presseschau.fetch;

import java.io.IOException;

/** A response body, raw or decompressed, grew beyond the configured limit. */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("Body larger than " + limit + " bytes");
    }
}
