package org.socketlab.ui.kernel;

import org.socketlab.kernel.TcpState;

/**
 * What a socket card says about its connection in the kernel: one line such as
 * "Kernel: ESTABLISHED · Send-Q 0 · Recv-Q 12", what that state means, and, for the server, the
 * connections waiting in its accept queue.
 *
 * @param state      the TCP state (typed, for the style); null before the kernel was read
 * @param text       the line
 * @param brief      the line where room is tight: the state, and a queue only when bytes wait in it
 * @param meaning    what the state means, in plain words (the line's tooltip)
 * @param queue      the server's waiting connections ("" when none, and for other sockets)
 * @param afterClose the lab closed this socket and the kernel still keeps its connection
 * @param inferred   no kernel table could be read: the state follows the lab's own events
 * @param plain      the line tells nothing the card does not: the state the lab's own state implies, empty
 *                   queues, nobody waiting for Accept (where room is tight, such a line folds away)
 * @param about      where the line was read and what its figures mean on this system (the tooltip's last
 *                   paragraph); "" before the kernel was read
 * @param unread     bytes in the connection's receive queue that the program has not read (-1: not known)
 */
public record KernelLine(TcpState state, String text, String brief, String meaning, String queue, boolean afterClose,
                         boolean inferred, boolean plain, String about, long unread) {
    public static final KernelLine NONE = new KernelLine(null, "", "", "", "", false, false, true, "", -1);

    /** True while the kernel moves this connection by itself (a handshake or close under way, TIME_WAIT). */
    public boolean moving() {
        return state != null && state.isTransitional();
    }
}
