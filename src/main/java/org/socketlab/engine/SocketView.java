package org.socketlab.engine;

import java.net.SocketAddress;

/**
 * An immutable picture of one socket: its name, state, counters and addresses ("" when none), and for a
 * listener the backlog its Listen asked for (0 otherwise).
 */
public record SocketView(SocketName name, SocketState state, Counters counters, String local, String remote,
                         int backlog) {
    public SocketView(SocketName name, SocketState state, Counters counters, String local, String remote) {
        this(name, state, counters, local, remote, 0);
    }

    /** A socket address as the lab shows it: {@code 127.0.0.1:11000}, {@code [::1]:11000}. */
    public static String show(SocketAddress address) {
        return Addresses.show(address);
    }
}
