package org.socketlab.ui.model;

/** One line of the event log: when, which socket, what happened, and the thread that handled it. */
public record LogEntry(String time, String socket, String what, String thread) {
    /** The entry as one tab-separated line, for copying. */
    public String asLine() {
        return String.join("\t", time, socket, what, thread);
    }
}
