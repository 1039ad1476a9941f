package org.socketlab.kernel;

/**
 * A connection's two addresses, local first, as the lab and the kernel's tables show them
 * ({@code 127.0.0.1:11000}, {@code [::1]:11000}); a listener's remote is the wildcard with port 0.
 */
record AddressPair(String local, String remote) {
    /** The listener on {@code local}, as the tables list it: its remote is {@code 0.0.0.0:0} or {@code [::]:0}. */
    static AddressPair listener(String local) {
        return new AddressPair(local, isIpv6(local) ? "[::]:0" : "0.0.0.0:0");
    }

    /** The same connection seen from its other end. */
    AddressPair reversed() {
        return new AddressPair(remote, local);
    }

    boolean isIpv6() {
        return isIpv6(local);
    }

    /** Whether an address is shown as IPv6: {@code [::1]:11000}. */
    static boolean isIpv6(String address) {
        return address.startsWith("[");
    }
}
