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
 * (docs/semantics.md, "Error codes"). Java hides errno, so I/O errors are recognised by the JDK's message text,
 * which is the C library's strerror() text on Linux.
 */
final class ErrorCodes {
    private ErrorCodes() {
    }

    static Failure classify(Throwable t) {
        if (t instanceof NotYetBoundException) {
            return new Failure("EINVAL", Wsa.WSAEINVAL, "error.notBound");
        }
        if (t instanceof AlreadyBoundException) {
            return new Failure("EINVAL", Wsa.WSAEINVAL, "error.alreadyBound");
        }
        if (t instanceof ConnectionPendingException) {
            return new Failure("EALREADY", Wsa.WSAEALREADY, "error.connectionPending");
        }
        if (t instanceof AlreadyConnectedException) {
            return new Failure("EISCONN", Wsa.WSAEISCONN, "error.alreadyConnected");
        }
        if (t instanceof NotYetConnectedException || t instanceof NoConnectionPendingException) {
            return new Failure("ENOTCONN", Wsa.WSAENOTCONN, "error.notConnected");
        }
        if (t instanceof UnresolvedAddressException) {
            return new Failure("EAI_NONAME", Wsa.WSAHOST_NOT_FOUND, "error.unresolved");
        }
        if (t instanceof UnsupportedAddressTypeException) {
            return new Failure("EAFNOSUPPORT", Wsa.WSAEAFNOSUPPORT, "error.addressFamily");
        }
        if (t instanceof ClosedChannelException) {
            return new Failure("EBADF", Wsa.WSAENOTSOCK, "error.closed");
        }
        if (t instanceof IllegalArgumentException) {
            return new Failure("EINVAL", Wsa.WSAEINVAL, "error.invalidArgument");
        }
        String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (t instanceof BindException || text.contains("address already in use")) {
            if (text.contains("in use")) {
                return new Failure("EADDRINUSE", Wsa.WSAEADDRINUSE, "error.addressInUse");
            }
            if (text.contains("permission")) {
                return new Failure("EACCES", Wsa.WSAEACCES, "error.permission");
            }
            return new Failure("EADDRNOTAVAIL", Wsa.WSAEADDRNOTAVAIL, "error.addressNotAvailable");
        }
        if (text.contains("refused")) {
            return new Failure("ECONNREFUSED", Wsa.WSAECONNREFUSED, "error.refused");
        }
        if (text.contains("timed out")) {
            return new Failure("ETIMEDOUT", Wsa.WSAETIMEDOUT, "error.timedOut");
        }
        if (text.contains("no route")) {
            return new Failure("EHOSTUNREACH", Wsa.WSAEHOSTUNREACH, "error.hostUnreachable");
        }
        if (text.contains("network is unreachable")) {
            return new Failure("ENETUNREACH", Wsa.WSAENETUNREACH, "error.networkUnreachable");
        }
        if (text.contains("reset")) {
            return new Failure("ECONNRESET", Wsa.WSAECONNRESET, "error.reset");
        }
        if (text.contains("broken pipe")) {
            // Winsock reports a send on a connection the peer has reset as WSAECONNRESET.
            return new Failure("EPIPE", Wsa.WSAECONNRESET, "error.brokenPipe");
        }
        if (text.contains("too many open files")) {
            return new Failure("EMFILE", Wsa.WSAEMFILE, "error.tooManyFiles");
        }
        if (text.contains("aborted")) {
            return new Failure("ECONNABORTED", Wsa.WSAECONNABORTED, "error.aborted");
        }
        return new Failure("EIO", Wsa.NONE, "error.other");
    }

    /** How the status names what Java threw, e.g. {@code BindException: Address already in use}. */
    static String describe(Throwable t) {
        String name = t.getClass().getSimpleName();
        return t.getMessage() == null ? name : name + ": " + t.getMessage();
    }
}
