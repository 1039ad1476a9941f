package org.socketlab.kernel;

import org.socketlab.engine.SocketName;

/**
 * What the kernel holds for one of the lab's sockets.
 *
 * @param name        the lab's socket
 * @param local       its local address as the lab shows addresses ("" when none)
 * @param remote      its peer's address ("" when none, and for a listener)
 * @param state       its TCP state ({@link TcpState#CLOSED} when the kernel has no such connection)
 * @param sendQueue   bytes sent, not yet acknowledged (Send-Q); -1 when unknown (inferred)
 * @param recvQueue   bytes received, not yet read (Recv-Q); for a listener, its accept queue; -1 when unknown
 * @param backlog     for a listener, the accept queue's limit; 0 otherwise
 * @param timerMillis time left on the kernel's timer for this connection (TIME_WAIT, FIN_WAIT2), or -1
 * @param afterClose  true when the lab has closed (or forgotten) the socket and the kernel still keeps it
 * @param inferred    true when no kernel table could be read and the state was inferred from the lab's events
 * @param unseen      true when the lab closed the socket and the system no longer shows its connection (macOS
 *                    shows a program only the sockets it still holds): its state is not known, not
 *                    {@link TcpState#CLOSED}, though the field says CLOSED
 */
public record KernelSocket(SocketName name, String local, String remote, TcpState state, long sendQueue, long recvQueue, int backlog,
                           long timerMillis, boolean afterClose, boolean inferred, boolean unseen) {
    /** A socket whose connection the system shows (or whose state was inferred). */
    public KernelSocket(SocketName name, String local, String remote, TcpState state, long sendQueue, long recvQueue,
                        int backlog, long timerMillis, boolean afterClose, boolean inferred) {
        this(name, local, remote, state, sendQueue, recvQueue, backlog, timerMillis, afterClose, inferred, false);
    }

    /** True while the kernel would change this socket by itself, or bytes wait in one of its queues. */
    public boolean isTransitional() {
        return state.isTransitional() || sendQueue > 0 || state != TcpState.LISTEN && recvQueue > 0;
    }

    public boolean isListener() {
        return state == TcpState.LISTEN;
    }
}
