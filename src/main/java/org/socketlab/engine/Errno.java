package org.socketlab.engine;

import java.util.Optional;
import java.util.OptionalInt;
import org.socketlab.os.OsKind;

/**
 * The POSIX errors the lab reports, each with its number on Linux and on macOS (they differ: ECONNREFUSED is 111
 * on Linux, 61 on macOS; Linux's numbers from asm-generic/errno.h and errno-base.h, macOS's from sys/errno.h),
 * the Winsock code a Windows program gets for the same situation, and the explanation's key. On Windows the
 * Winsock code is the system's own number; the name is shown as the POSIX name of the same error.
 */
public enum Errno {
    EPERM(1, 1, Wsa.WSAEACCES, "error.notPermitted"),
    EPIPE(32, 32, Wsa.WSAECONNRESET, "error.brokenPipe"),
    EBADF(9, 9, Wsa.WSAENOTSOCK, "error.closed"),
    EAGAIN(11, 35, Wsa.WSAEWOULDBLOCK, "error.wouldBlock"),
    EACCES(13, 13, Wsa.WSAEACCES, "error.permission"),
    EINVAL(22, 22, Wsa.WSAEINVAL, "error.invalidArgument"),
    ENFILE(23, 23, Wsa.WSAEMFILE, "error.tooManyFiles"),
    EMFILE(24, 24, Wsa.WSAEMFILE, "error.tooManyFiles"),
    EAFNOSUPPORT(97, 47, Wsa.WSAEAFNOSUPPORT, "error.addressFamily"),
    EADDRINUSE(98, 48, Wsa.WSAEADDRINUSE, "error.addressInUse"),
    EADDRNOTAVAIL(99, 49, Wsa.WSAEADDRNOTAVAIL, "error.addressNotAvailable"),
    ENETDOWN(100, 50, Wsa.WSAENETDOWN, "error.networkDown"),
    ENETUNREACH(101, 51, Wsa.WSAENETUNREACH, "error.networkUnreachable"),
    ECONNABORTED(103, 53, Wsa.WSAECONNABORTED, "error.aborted"),
    ECONNRESET(104, 54, Wsa.WSAECONNRESET, "error.reset"),
    ENOBUFS(105, 55, Wsa.WSAENOBUFS, "error.noBuffers"),
    EISCONN(106, 56, Wsa.WSAEISCONN, "error.alreadyConnected"),
    ENOTCONN(107, 57, Wsa.WSAENOTCONN, "error.notConnected"),
    ESHUTDOWN(108, 58, Wsa.WSAESHUTDOWN, "error.shutdown"),
    ETIMEDOUT(110, 60, Wsa.WSAETIMEDOUT, "error.timedOut"),
    ECONNREFUSED(111, 61, Wsa.WSAECONNREFUSED, "error.refused"),
    EHOSTDOWN(112, 64, Wsa.WSAEHOSTDOWN, "error.hostDown"),
    EHOSTUNREACH(113, 65, Wsa.WSAEHOSTUNREACH, "error.hostUnreachable"),
    EALREADY(114, 37, Wsa.WSAEALREADY, "error.connectionPending"),
    EINPROGRESS(115, 36, Wsa.WSAEWOULDBLOCK, "error.inProgress");

    private final int linux;
    private final int macos;
    private final Wsa wsa;
    private final String explanationKey;

    Errno(int linux, int macos, Wsa wsa, String explanationKey) {
        this.linux = linux;
        this.macos = macos;
        this.wsa = wsa;
        this.explanationKey = explanationKey;
    }

    /** The Winsock code of the same situation. */
    public Wsa wsa() {
        return wsa;
    }

    /**
     * True when the Winsock code is this error's own (WSAECONNRESET for ECONNRESET), not one shared with another
     * error (EPIPE also maps to WSAECONNRESET): only then is Windows' text for the code this error's text.
     */
    boolean ownsWinsockCode() {
        return wsa.name().equals("WSA" + name());
    }

    /** The error's number on {@code os}: Linux's and macOS's differ; Windows has only the Winsock code. */
    public OptionalInt number(OsKind os) {
        return switch (os) {
            case LINUX -> OptionalInt.of(linux);
            case MACOS -> OptionalInt.of(macos);
            default -> OptionalInt.empty();
        };
    }

    /** The failure this error is, as the lab reports it. */
    Failure failure() {
        return new Failure(name(), wsa, explanationKey);
    }

    /** The error of that name, if the lab knows it. */
    public static Optional<Errno> named(String name) {
        for (Errno e : values()) {
            if (e.name().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** {@code ECONNREFUSED 111} on Linux, {@code ECONNREFUSED 61} on macOS, the bare name where {@code os} has no number. */
    public static String describe(String name, OsKind os) {
        return named(name).flatMap(e -> {
            OptionalInt n = e.number(os);
            return n.isPresent() ? Optional.of(name + " " + n.getAsInt()) : Optional.empty();
        }).orElse(name);
    }
}
