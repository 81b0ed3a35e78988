package de.presseschau.fetch;

import java.io.IOException;

/** The fetch's total deadline passed while its response body was still arriving. */
final class TotalTimeoutException extends IOException {

    TotalTimeoutException() {
        super("Total deadline passed while reading the body");
    }
}
