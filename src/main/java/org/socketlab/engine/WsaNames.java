package org.socketlab.engine;

import java.util.Map;

/** Winsock's names for the codes the lab reports, e.g. 10035 → WSAEWOULDBLOCK. */
public final class WsaNames {
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(10013, "WSAEACCES"), Map.entry(10022, "WSAEINVAL"), Map.entry(10035, "WSAEWOULDBLOCK"),
            Map.entry(10037, "WSAEALREADY"), Map.entry(10038, "WSAENOTSOCK"), Map.entry(10047, "WSAEAFNOSUPPORT"),
            Map.entry(10048, "WSAEADDRINUSE"), Map.entry(10049, "WSAEADDRNOTAVAIL"),
            Map.entry(10051, "WSAENETUNREACH"), Map.entry(10053, "WSAECONNABORTED"),
            Map.entry(10054, "WSAECONNRESET"), Map.entry(10056, "WSAEISCONN"), Map.entry(10057, "WSAENOTCONN"),
            Map.entry(10058, "WSAESHUTDOWN"), Map.entry(10060, "WSAETIMEDOUT"),
            Map.entry(10061, "WSAECONNREFUSED"), Map.entry(10065, "WSAEHOSTUNREACH"),
            Map.entry(11001, "WSAHOST_NOT_FOUND"));

    private WsaNames() {
    }

    /** {@code WSAEWOULDBLOCK 10035}, or {@code ""} for 0. */
    public static String describe(int code) {
        if (code == 0) {
            return "";
        }
        return NAMES.getOrDefault(code, "WSA") + " " + code;
    }
}
