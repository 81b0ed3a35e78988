package de.presseschau.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Which addresses a fetch may connect to. Article pages come from feed content, so by default they may only be on the
 * public internet: a link to 10.0.0.1 or 169.254.169.254 must not make the reader probe the owner's network.
 */
public record AddressPolicy(boolean allowsPrivate, boolean allowsLoopback) {

    /** Any address: feeds from feeds.txt (the owner's choice), or article pages with {@code --allow-private}. */
    public static AddressPolicy anyAddress() {
        return new AddressPolicy(true, true);
    }

    /** Only public addresses: the default for article pages. */
    public static AddressPolicy publicOnly() {
        return new AddressPolicy(false, false);
    }

    /** Public addresses and this machine (127.0.0.0/8, ::1): for tests and the benchmark, which serve pages locally. */
    public static AddressPolicy publicAndLoopback() {
        return new AddressPolicy(false, true);
    }

    /**
     * Null when the URL's host may be fetched, else the reason in German. Every address the name resolves to is
     * checked, so a name with one private address among public ones is refused too. A name that does not resolve
     * is left to the fetch, which reports it as a DNS failure.
     */
    public String refusal(URI uri) {
        if (allowsPrivate && allowsLoopback) {
            return null;
        }
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            // The JDK caches this answer (30 s by default), so the connection that follows normally uses the same one.
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return null;
        }
        for (InetAddress address : addresses) {
            String kind = nonPublicKind(address);
            if (kind != null && !(allowsLoopback && address.isLoopbackAddress())) {
                return "Adresse " + host + " liegt " + kind + " (" + address.getHostAddress()
                        + "); Artikelseiten von dort werden nicht abgerufen (erlauben mit --allow-private, "
                        + "oder für einen Feed mit +lokal hinter seiner Adresse in feeds.txt)";
            }
        }
        return null;
    }

    /** Where a non-public address lies, in German; null for a public address. */
    static String nonPublicKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "auf diesem Rechner (Loopback)";
        }
        if (address.isAnyLocalAddress()) {
            return "auf diesem Rechner (unspezifizierte Adresse)";
        }
        if (address.isLinkLocalAddress()) {
            return "im Link-local-Netz (dort liegen auch die Metadaten-Dienste von Cloud-Servern)";
        }
        if (address.isSiteLocalAddress() || isPrivateOther(address)) {
            return "im privaten Netz";
        }
        if (address.isMulticastAddress()) {
            return "in einem Multicast-Bereich";
        }
        return null;
    }

    /** Private ranges the JDK does not name: 0.0.0.0/8, 100.64.0.0/10 (carrier NAT), broadcast, IPv6 fc00::/7. */
    private static boolean isPrivateOther(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128 || first == 255;
        }
        return address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
    }
}
