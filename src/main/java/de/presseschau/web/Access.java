package de.presseschau.web;

/** Who may use the reader: the password (if any) and the token API clients send (may be null). */
public record Access(Credentials credentials, String apiToken) {
}
