package org.socketlab.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** Whether this machine can listen and connect on the IPv6 loopback ::1 (checked once), for assumptions. */
public final class Ipv6Loopback {
    private static Boolean works;

    private Ipv6Loopback() {
    }

    public static synchronized boolean works() {
        if (works == null) {
            try (ServerSocketChannel server = ServerSocketChannel.open()) {
                server.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
                try (SocketChannel client = SocketChannel.open(server.getLocalAddress())) {
                    works = client.isConnected();
                }
            } catch (IOException | RuntimeException e) {
                works = false;
            }
        }
        return works;
    }
}
