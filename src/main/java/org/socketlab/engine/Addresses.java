package org.socketlab.engine;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** Socket addresses as the lab shows them: {@code 127.0.0.1:11000}, {@code [::1]:11000}. */
final class Addresses {
    private Addresses() {
    }

    static String show(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            String host = inet.getAddress().getHostAddress();
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }
}
