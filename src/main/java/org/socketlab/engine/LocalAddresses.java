package org.socketlab.engine;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * This computer's addresses that a client on another machine could use (no loopback, interfaces up), as a
 * student types them: without an interface, but for a link-local IPv6 address, which names its interface.
 */
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
                        // Java adds the interface to every IPv6 address it lists (fd00::2%eth0): only a link-local one
                        // needs it (fe80::1%eth0)
                        String text = a.getHostAddress();
                        int zone = text.indexOf('%');
                        String plain = zone < 0 ? text : text.substring(0, zone);
                        found.add(a instanceof Inet6Address && a.isLinkLocalAddress() ? plain + "%" + nif.getName()
                                : plain);
                    }
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        return found;
    }
}
