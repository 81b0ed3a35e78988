package de.presseschau.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/** Short German sentences that tell a person why a fetch failed. */
final class FailureReasons {

    private FailureReasons() {
    }

    /** "HTTP 404 (nicht gefunden)" and the like. */
    static String forStatus(int status) {
        String meaning = switch (status) {
            case 400 -> "ungültige Anfrage";
            case 401 -> "Anmeldung erforderlich";
            case 402 -> "Bezahlung erforderlich";
            case 403 -> "Zugriff verweigert";
            case 404 -> "nicht gefunden";
            case 405 -> "Methode nicht erlaubt";
            case 406 -> "kein passendes Format";
            case 407 -> "Proxy-Anmeldung erforderlich";
            case 408 -> "Zeitüberschreitung beim Server";
            case 410 -> "dauerhaft entfernt";
            case 429 -> "zu viele Anfragen";
            case 451 -> "aus rechtlichen Gründen gesperrt";
            case 500 -> "Serverfehler";
            case 501 -> "nicht unterstützt";
            case 502 -> "fehlerhaftes Gateway";
            case 503 -> "Dienst nicht verfügbar";
            case 504 -> "Gateway-Zeitüberschreitung";
            default -> status >= 500 ? "Serverfehler"
                    : status >= 400 ? "Anfrage abgelehnt"
                    : status >= 300 ? "Weiterleitung ohne Ziel"
                    : "unerwartete Antwort";
        };
        return "HTTP " + status + " (" + meaning + ")";
    }

    /** "Zeitüberschreitung nach 30 s". */
    static String forTimeout(Duration total) {
        return "Zeitüberschreitung nach " + seconds(total);
    }

    /** "Antwort größer als 10 MB". */
    static String forTooLarge(long limit) {
        return "Antwort größer als " + size(limit);
    }

    /** A reason for an exception thrown while connecting, sending or receiving, in words for its {@link #kindOf kind}. */
    static String forException(Throwable error, HttpSettings settings) {
        return switch (kindOf(error)) {
            case DNS -> "Server nicht gefunden";
            case TOO_LARGE -> forTooLarge(settings.maxBodyBytes());
            case CONNECT_TIMEOUT -> "Keine Verbindung innerhalb von " + seconds(settings.connectTimeout());
            case TIMEOUT -> forTimeout(settings.totalTimeout());
            case TLS -> hasCause(error, SSLHandshakeException.class)
                    ? "Sichere Verbindung (TLS) fehlgeschlagen: Zertifikat oder Verschlüsselung nicht akzeptiert"
                    : "Sichere Verbindung (TLS) fehlgeschlagen";
            case UNREACHABLE -> "Netzwerk oder Server nicht erreichbar";
            case CONNECTION_REFUSED -> "Verbindung abgelehnt";
            case BAD_ENCODING -> error instanceof ContentDecoder.UnknownEncodingException unknown
                    ? "Antwort in unbekannter Kompression (" + unknown.encoding() + ")"
                    : "Komprimierte Antwort beschädigt oder unvollständig";
            default -> error instanceof IOException && error.getMessage() != null
                    && error.getMessage().toLowerCase(Locale.ROOT).contains("closed")
                    ? "Verbindung vom Server unterbrochen"
                    : "Netzwerkfehler (" + error.getClass().getSimpleName()
                            + (error.getMessage() == null ? "" : ": " + error.getMessage()) + ")";
        };
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The kind of failure an exception stands for; the client wraps the telling exception, so causes count too. */
    static FailureKind kindOf(Throwable error) {
        Throwable cause = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return FailureKind.DNS;
            }
            if (t instanceof BodyTooLargeException) {
                return FailureKind.TOO_LARGE;
            }
            if (t instanceof HttpConnectTimeoutException) {
                return FailureKind.CONNECT_TIMEOUT;
            }
            if (t instanceof HttpTimeoutException) {
                return FailureKind.TIMEOUT;
            }
            if (t instanceof SSLException) {
                return FailureKind.TLS;
            }
            if (t instanceof NoRouteToHostException) {
                return FailureKind.UNREACHABLE;
            }
            if (t instanceof ConnectException) {
                cause = t;
            }
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("unreachable")) {
                return FailureKind.UNREACHABLE;
            }
        }
        if (cause instanceof ConnectException) {
            return FailureKind.CONNECTION_REFUSED;
        }
        if (error instanceof ContentDecoder.UnknownEncodingException || error instanceof ZipException
                || error instanceof EOFException) {
            return FailureKind.BAD_ENCODING;
        }
        return FailureKind.NETWORK;
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(Locale.GERMANY, "%.1f s", millis / 1000.0);
    }

    private static String size(long bytes) {
        long mb = 1024L * 1024;
        if (bytes >= mb && bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " Bytes";
    }
}
