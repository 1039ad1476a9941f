package org.socketlab.engine;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** IPv4 or IPv6, chosen explicitly so that a name like {@code localhost} cannot silently switch. */
public enum IpFamily {
    V4("IPv4", "127.0.0.1", "0.0.0.0"),
    V6("IPv6", "::1", "::");

    private final String label;
    private final String loopback;
    private final String any;

    IpFamily(String label, String loopback, String any) {
        this.label = label;
        this.loopback = loopback;
        this.any = any;
    }

    public String label() {
        return label;
    }

    /** This computer's own address, reachable only from this computer. */
    public String loopback() {
        return loopback;
    }

    /** The wildcard address: every interface of this computer. */
    public String any() {
        return any;
    }

    /** The protocol family sockets are opened in (AF_INET / AF_INET6). */
    public java.net.ProtocolFamily protocolFamily() {
        return this == V4 ? java.net.StandardProtocolFamily.INET : java.net.StandardProtocolFamily.INET6;
    }

    public boolean includes(InetAddress address) {
        return this == V4 ? address instanceof Inet4Address : address instanceof Inet6Address;
    }

    /** 4 or 6. */
    public static java.util.Optional<IpFamily> fromNumber(int n) {
        return n == 4 ? java.util.Optional.of(V4) : n == 6 ? java.util.Optional.of(V6) : java.util.Optional.empty();
    }
}
