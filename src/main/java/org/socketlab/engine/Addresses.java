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
            return (host.contains(":") ? "[" + compress(host) + "]" : host) + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }

    /** The usual short form of an IPv6 address: the longest run of zero groups becomes "::". */
    static String compress(String ipv6) {
        int zone = ipv6.indexOf('%');
        String suffix = zone < 0 ? "" : ipv6.substring(zone);
        String[] groups = (zone < 0 ? ipv6 : ipv6.substring(0, zone)).split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; i++) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
        }
        if (bestStart < 0) {
            return String.join(":", groups) + suffix;
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail + suffix;
    }
}
