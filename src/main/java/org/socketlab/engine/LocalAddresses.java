package org.socketlab.engine;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** This computer's addresses that a client on another machine could use (no loopback, interfaces up). */
public final class LocalAddresses {
    private LocalAddresses() {
    }

    public static List<String> list(IpFamily family) {
        List<String> found = new ArrayList<>();
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nif.isUp() || nif.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    if (family.includes(a) && !a.isLoopbackAddress()) {
                        String text = a.getHostAddress();
                        int zone = text.indexOf('%');
                        found.add(a.isLinkLocalAddress() && zone > 0 ? text.substring(0, zone) + "%" + nif.getName()
                                : text);
                    }
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        return found;
    }
}
