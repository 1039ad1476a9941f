package org.socketlab.engine;

import java.net.BindException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.Locale;

/**
 * Maps what Java threw to the errno Linux returned and the code Winsock gives for the same situation
 * (SEMANTICS.md section 2). Java hides errno, so I/O errors are recognised by the JDK's message text,
 * which is the C library's strerror() text on Linux.
 */
final class ErrorCodes {
    static final int WSAEWOULDBLOCK = 10035;
    static final int WSAECONNRESET = 10054;
    static final int WSAESHUTDOWN = 10058;
    static final int WSAENOTSOCK = 10038;

    private ErrorCodes() {
    }

    static Failure classify(Throwable t) {
        if (t instanceof NotYetBoundException) {
            return new Failure("EINVAL", 10022, "error.notBound");
        }
        if (t instanceof AlreadyBoundException) {
            return new Failure("EINVAL", 10022, "error.alreadyBound");
        }
        if (t instanceof ConnectionPendingException) {
            return new Failure("EALREADY", 10037, "error.connectionPending");
        }
        if (t instanceof AlreadyConnectedException) {
            return new Failure("EISCONN", 10056, "error.alreadyConnected");
        }
        if (t instanceof NotYetConnectedException || t instanceof NoConnectionPendingException) {
            return new Failure("ENOTCONN", 10057, "error.notConnected");
        }
        if (t instanceof UnresolvedAddressException) {
            return new Failure("EAI_NONAME", 11001, "error.unresolved");
        }
        if (t instanceof UnsupportedAddressTypeException) {
            return new Failure("EAFNOSUPPORT", 10047, "error.addressFamily");
        }
        if (t instanceof ClosedChannelException) {
            return new Failure("EBADF", WSAENOTSOCK, "error.closed");
        }
        if (t instanceof IllegalArgumentException) {
            return new Failure("EINVAL", 10022, "error.invalidArgument");
        }
        String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (t instanceof BindException || text.contains("address already in use")) {
            if (text.contains("in use")) {
                return new Failure("EADDRINUSE", 10048, "error.addressInUse");
            }
            if (text.contains("permission")) {
                return new Failure("EACCES", 10013, "error.permission");
            }
            return new Failure("EADDRNOTAVAIL", 10049, "error.addressNotAvailable");
        }
        if (text.contains("refused")) {
            return new Failure("ECONNREFUSED", 10061, "error.refused");
        }
        if (text.contains("timed out")) {
            return new Failure("ETIMEDOUT", 10060, "error.timedOut");
        }
        if (text.contains("no route")) {
            return new Failure("EHOSTUNREACH", 10065, "error.hostUnreachable");
        }
        if (text.contains("network is unreachable")) {
            return new Failure("ENETUNREACH", 10051, "error.networkUnreachable");
        }
        if (text.contains("reset")) {
            return new Failure("ECONNRESET", WSAECONNRESET, "error.reset");
        }
        if (text.contains("broken pipe")) {
            // Winsock reports a send on a connection the peer has reset as WSAECONNRESET.
            return new Failure("EPIPE", WSAECONNRESET, "error.brokenPipe");
        }
        if (text.contains("aborted")) {
            return new Failure("ECONNABORTED", 10053, "error.aborted");
        }
        return new Failure("EIO", 0, "error.other");
    }

    /** How the status names what Java threw, e.g. {@code BindException: Address already in use}. */
    static String describe(Throwable t) {
        String name = t.getClass().getSimpleName();
        return t.getMessage() == null ? name : name + ": " + t.getMessage();
    }
}
