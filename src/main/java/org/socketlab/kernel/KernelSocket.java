package org.socketlab.kernel;

import org.socketlab.engine.SocketName;

/**
 * What the kernel holds for one of the lab's sockets.
 *
 * @param name        the lab's socket
 * @param local       its local address as the lab shows addresses ("" when none)
 * @param remote      its peer's address ("" when none, and for a listener)
 * @param state       its TCP state ({@link TcpState#CLOSED} when the kernel has no such connection)
 * @param sendQueue   bytes the program wrote that the peer has not acknowledged, some perhaps not yet sent;
 *                    an unacknowledged SYN or FIN counts one (Send-Q); -1 when unknown (inferred)
 * @param recvQueue   bytes received, not yet read (Recv-Q); for a listener, its accept queue; -1 when unknown
 * @param backlog     for a listener, the accept queue's limit; 0 otherwise
 * @param timerMillis time left on the kernel's timer for this connection (TIME_WAIT, FIN_WAIT2), or -1
 * @param afterClose  true when the lab has closed (or forgotten) the socket and the kernel still keeps it
 * @param inferred    true when no kernel table could be read and the state was inferred from the lab's events
 * @param unseen      true when the lab closed the socket and the system no longer shows its connection (macOS
 *                    shows a program only the sockets it still holds): its state is not known, not
 *                    {@link TcpState#CLOSED}, though the field says CLOSED
 * @param unmatched   true for a connect under way whose row cannot be told apart: until the connect finishes
 *                    Java does not give the local port, and no row, or more than one that another program may
 *                    own, has the peer's address. Its state is not known, not {@link TcpState#CLOSED}, though
 *                    the field says CLOSED; its queues are -1
 */
public record KernelSocket(SocketName name, String local, String remote, TcpState state, long sendQueue, long recvQueue, int backlog,
                           long timerMillis, boolean afterClose, boolean inferred, boolean unseen, boolean unmatched) {
    /** A socket whose connection the system shows (or whose state was inferred). */
    public KernelSocket(SocketName name, String local, String remote, TcpState state, long sendQueue, long recvQueue,
                        int backlog, long timerMillis, boolean afterClose, boolean inferred) {
        this(name, local, remote, state, sendQueue, recvQueue, backlog, timerMillis, afterClose, inferred, false, false);
    }

    /** A socket whose connection the system shows, or, {@code unseen}, no longer shows after close. */
    public KernelSocket(SocketName name, String local, String remote, TcpState state, long sendQueue, long recvQueue,
                        int backlog, long timerMillis, boolean afterClose, boolean inferred, boolean unseen) {
        this(name, local, remote, state, sendQueue, recvQueue, backlog, timerMillis, afterClose, inferred, unseen, false);
    }

    /** This socket with another timer. */
    public KernelSocket withTimerMillis(long millis) {
        return new KernelSocket(name, local, remote, state, sendQueue, recvQueue, backlog, millis, afterClose, inferred,
                unseen, unmatched);
    }

    /** A connect under way whose row cannot be told apart from others: its state is unknown. */
    static KernelSocket unmatched(SocketName name, String remote) {
        return new KernelSocket(name, "", remote, TcpState.CLOSED, -1, -1, 0, -1, false, false, false, true);
    }

    /**
     * Whether this side's FIN waits behind bytes still in its send queue (FIN_WAIT1, CLOSING or LAST_ACK holding
     * more than the FIN's one): TCP sends the FIN after the last byte, so while the peer's window stays shut,
     * only the peer's program reading lets it go.
     */
    public boolean finBehindBytes() {
        return switch (state) {
            case FIN_WAIT1, CLOSING, LAST_ACK -> sendQueue > 1;
            default -> false;
        };
    }

    /** Whether the state is known: not {@link #unseen} after close, not {@link #unmatched} while connecting. */
    public boolean stateKnown() {
        return !unseen && !unmatched;
    }

    /**
     * True while the kernel would change this socket by itself, or bytes wait in one of its queues (and while
     * a pending connect's row is not found yet: the next read may find it).
     */
    public boolean isTransitional() {
        return unmatched || state.isTransitional() || sendQueue > 0 || state != TcpState.LISTEN && recvQueue > 0;
    }

    public boolean isListener() {
        return state == TcpState.LISTEN;
    }

    /**
     * Bytes received that the program has not read, or -1 when {@code source} does not show them (or this is
     * a listener). Linux counts the peer's FIN in the receive queue's figure (it takes one sequence number)
     * until the program reads the end of the stream, so after a FIN the bytes waiting are one fewer.
     */
    public long unread(KernelSource source) {
        if (isListener() || recvQueue < 0 || !source.showsQueueBytes()) {
            return -1;
        }
        boolean finCounted = source == KernelSource.PROC_NET_TCP
                && (state == TcpState.CLOSE_WAIT || state == TcpState.LAST_ACK || state == TcpState.CLOSING);
        return finCounted ? Math.max(0, recvQueue - 1) : recvQueue;
    }
}
