package de.presseschau.web;

/**
 * Who may use the reader: the password (if any), the token API clients send, and the token of this machine's
 * own commands (such as {@code backup}); either token may be null.
 */
public record Access(Credentials credentials, String apiToken, String localToken) {
}
