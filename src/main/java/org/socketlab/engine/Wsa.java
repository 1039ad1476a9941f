package org.socketlab.engine;

/**
 * The Winsock error codes the lab reports, in one place: what a Windows program would see for the same
 * situation (docs/semantics.md, "Error codes"). {@link #NONE} stands for "no code".
 */
public enum Wsa {
    NONE(0),
    /** A failure whose error nobody could classify: not a success, and no code is claimed. */
    UNCLASSIFIED(-1),
    WSAEACCES(10013),
    WSAEINVAL(10022),
    WSAEMFILE(10024),
    WSAEWOULDBLOCK(10035),
    WSAEALREADY(10037),
    WSAENOTSOCK(10038),
    WSAEAFNOSUPPORT(10047),
    WSAEADDRINUSE(10048),
    WSAEADDRNOTAVAIL(10049),
    WSAENETDOWN(10050),
    WSAENETUNREACH(10051),
    WSAECONNABORTED(10053),
    WSAECONNRESET(10054),
    WSAENOBUFS(10055),
    WSAEISCONN(10056),
    WSAENOTCONN(10057),
    WSAESHUTDOWN(10058),
    WSAETIMEDOUT(10060),
    WSAECONNREFUSED(10061),
    WSAEHOSTDOWN(10064),
    WSAEHOSTUNREACH(10065),
    WSAHOST_NOT_FOUND(11001),
    WSANO_DATA(11004);

    private final int code;

    Wsa(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** {@code WSAEWOULDBLOCK 10035}, {@code ""} for {@link #NONE}, {@code unclassified} for {@link #UNCLASSIFIED}. */
    public String describe() {
        return switch (this) {
            case NONE -> "";
            case UNCLASSIFIED -> "unclassified";
            default -> name() + " " + code;
        };
    }

    /** The constant for a numeric code; {@link #NONE} for 0 or a code the lab never reports. */
    public static Wsa of(int code) {
        for (Wsa w : values()) {
            if (w.code == code) {
                return w;
            }
        }
        return NONE;
    }
}
