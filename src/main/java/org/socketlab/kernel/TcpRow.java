package org.socketlab.kernel;

/**
 * One connection as an operating system's table lists it, whatever the table: a line of Linux's
 * {@code /proc/net/tcp} ({@link ProcTcpRow}), a row of Windows' {@code GetExtendedTcpTable}
 * ({@link WindowsTcpRow}), one of the program's own sockets on macOS ({@link MacTcpSocket}). Addresses are
 * in the lab's notation ({@code 127.0.0.1:11000}).
 */
public interface TcpRow {
    /** The local address. */
    String local();

    /** The remote address ({@code 0.0.0.0:0} or {@code [::]:0} for a listener). */
    String remote();

    TcpState state();

    /**
     * Bytes the program wrote that the peer has not acknowledged, some perhaps not yet sent (Send-Q); on
     * Linux an unacknowledged SYN or FIN counts one; -1 where the system does not show it.
     */
    long sendQueue();

    /**
     * Bytes received and not yet read (Recv-Q); for a listener, the connections waiting in its accept
     * queue; -1 where the system does not show it.
     */
    long recvQueue();

    /** Time left on the connection's timer (TIME_WAIT, FIN_WAIT2), or -1 when none runs or none is shown. */
    long timerMillis();

    /** For a listener, the accept queue's limit as the kernel holds it; -1 where the table does not give it. */
    default int acceptLimit() {
        return -1;
    }
}
