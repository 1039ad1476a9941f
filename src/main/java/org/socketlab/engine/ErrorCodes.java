package org.socketlab.engine;

import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.List;

/**
 * Knows what Java threw as the error the system returned (POSIX errno and the Winsock code of the same
 * situation), without reading words (docs/semantics.md, "Knowing an error in any language"):
 * <ol>
 * <li>by the exception's type: the channel exceptions name their cause;</li>
 * <li>the type narrows the errors it can be (a BindException is EADDRINUSE, EADDRNOTAVAIL or EACCES; a
 * ConnectException ECONNREFUSED, ETIMEDOUT or ENOTCONN; a NoRouteToHostException EHOSTUNREACH);</li>
 * <li>among those, the one whose text this system gives in the running language ({@link ErrorTexts}: strerror or
 * FormatMessage, asked at run time, and the JDK's own untranslated words) is the one the message carries;</li>
 * <li>else the failure is unclassified, with the system's words: never a guessed code.</li>
 * </ol>
 * The socket's own state adds what it knows where the call is made ({@code StreamEndpoint}: a Send on a
 * connection already reset).
 */
final class ErrorCodes {
    private static final List<Errno> BIND = List.of(Errno.EADDRINUSE, Errno.EADDRNOTAVAIL, Errno.EACCES);
    private static final List<Errno> CONNECT = List.of(Errno.ECONNREFUSED, Errno.ETIMEDOUT, Errno.ENOTCONN);
    private static final List<Errno> ANY = List.of(Errno.values());

    private ErrorCodes() {
    }

    /** What {@code t} was, by this system's texts. */
    static Failure classify(Throwable t) {
        return classify(t, ErrorTexts.system());
    }

    /** What {@code t} was, by the texts of the system given. */
    static Failure classify(Throwable t, ErrorTexts texts) {
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
        List<Errno> candidates = candidates(t);
        if (candidates.size() == 1) {
            return candidates.get(0).failure();
        }
        String said = t.getMessage() == null ? "" : t.getMessage();
        return texts.find(said, candidates).map(Errno::failure)
                .orElseGet(() -> Failure.unclassified(said.isEmpty() ? t.getClass().getSimpleName() : said));
    }

    /** The errors an exception of this type can stand for, as the JDK throws them. */
    private static List<Errno> candidates(Throwable t) {
        if (t instanceof BindException) {
            return BIND;
        }
        if (t instanceof ConnectException) {
            return CONNECT;
        }
        if (t instanceof NoRouteToHostException) {
            return List.of(Errno.EHOSTUNREACH);
        }
        if (t instanceof PortUnreachableException) {
            return List.of(Errno.ECONNREFUSED);
        }
        return ANY;
    }

    /** How the status names what Java threw, e.g. {@code BindException: Address already in use}. */
    static String describe(Throwable t) {
        String name = t.getClass().getSimpleName();
        return t.getMessage() == null ? name : name + ": " + t.getMessage();
    }
}
