package org.socketlab.diagram;

import org.socketlab.engine.Notification;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketName;

/**
 * One thing drawn in the sequence diagram, in time order: a step's call on its lifeline, a notification
 * mark, a segment on the wire between two lifelines, or a note about the kernel's state.
 */
public sealed interface DiagramItem permits DiagramItem.Call, DiagramItem.Mark, DiagramItem.Wire, DiagramItem.Note {
    /** The lab's sequence number this item follows (the update that caused it or revealed it). */
    long seq();

    /**
     * A step: the button as the class sees it ({@code 4 Connect}) and its short result
     * ({@code would block (EINPROGRESS)}).
     */
    record Call(long seq, String lifeline, SocketName socket, String label, String result, Outcome outcome)
            implements DiagramItem {
    }

    /** A notification posted to a socket: {@code OnReceive}, {@code OnClose 10054}. */
    record Mark(long seq, String lifeline, Notification notification, String label) implements DiagramItem {
    }

    /**
     * A segment from one lifeline to another: {@code SYN}, {@code 12 bytes}, {@code FIN}, {@code RST}.
     *
     * @param inferred drawn from the lab's own events, where the kernel's table could not be read
     */
    record Wire(long seq, String from, String to, Segment segment, long bytes, String label, boolean inferred)
            implements DiagramItem {
        /** The same segment as another kind (a Close's guess corrected by what the peer saw). */
        Wire as(Segment other, String otherLabel) {
            return new Wire(seq, from, to, other, bytes, otherLabel, inferred);
        }
    }

    /** A note on a lifeline about its kernel state: {@code TIME_WAIT}, {@code client1 in accept queue}. */
    record Note(long seq, String lifeline, String text, boolean inferred) implements DiagramItem {
    }
}
