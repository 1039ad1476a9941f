package org.socketlab.ui.kernel;

import org.socketlab.kernel.TcpState;

/**
 * One row of the Kernel tab: a connection the kernel holds for the lab, as {@code ss} would list it.
 *
 * @param who       the lab's socket ("client1"), or what the row is ("waiting for Accept")
 * @param state     its TCP state (typed, for the row's looks)
 * @param stateText the state as the tab shows it: its name, or words where the system does not show it
 * @param sendQueue Send-Q in words ("0"; "?" when inferred; words where the system does not show it)
 * @param recvQueue Recv-Q in words
 * @param addresses local ⇄ remote
 * @param note      after close (with time left), in the accept queue, inferred, or ""
 * @param kind      what sort of row, for its looks
 */
public record KernelRow(String who, TcpState state, String stateText, String sendQueue, String recvQueue, String addresses,
                        String note, Kind kind) {
    /** The sorts of row. */
    public enum Kind {
        /** A socket of the lab, live. */
        SOCKET,
        /** A connection the lab closed or forgot and the kernel still keeps. */
        AFTER_CLOSE,
        /** A connection in the listener's accept queue: no socket of the lab owns it yet. */
        QUEUED
    }
}
