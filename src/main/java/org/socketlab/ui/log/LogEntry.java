package org.socketlab.ui.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of the event log: the engine's sequence number, when, which socket, what happened, and the
 * thread that handled it. A group (a broadcast) also has children, the entries it is made of, in sequence
 * order; its own number is its first child's.
 */
public record LogEntry(long seq, String time, String socket, String what, String thread, List<LogEntry> children) {
    public LogEntry {
        Objects.requireNonNull(time);
        Objects.requireNonNull(socket);
        Objects.requireNonNull(what);
        Objects.requireNonNull(thread);
        children = List.copyOf(children);
    }

    /** An entry without children. */
    public LogEntry(long seq, String time, String socket, String what, String thread) {
        this(seq, time, socket, what, thread, List.of());
    }

    /** Whether this entry groups others (a broadcast with its sends). */
    public boolean isGroup() {
        return !children.isEmpty();
    }

    /** This entry with one more child, put in sequence order; the group takes its first child's number. */
    LogEntry withChild(LogEntry child) {
        List<LogEntry> more = new ArrayList<>(children);
        more.add(SeqOrder.insertionPoint(more, child.seq()), child);
        return new LogEntry(Math.min(seq, child.seq()), time, socket, what, thread, more);
    }
}
