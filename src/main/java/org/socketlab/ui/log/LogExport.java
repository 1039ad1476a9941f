package org.socketlab.ui.log;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Writes log entries as rows of text: a header (#, time, socket, what, thread), then one row per entry, and
 * under a group one row per child, its "what" marked as belonging to the group above (e.g.
 * {@code "  ↳ send → OK"}) so the grouping survives in a spreadsheet.
 */
final class LogExport {
    private final ResourceBundle text;

    LogExport(ResourceBundle text) {
        this.text = text;
    }

    /** The header and every entry, in the given order, in this format. */
    String text(List<LogEntry> entries, LogFormat format) {
        StringBuilder out = new StringBuilder(format.record(header()));
        MessageFormat child = new MessageFormat(text.getString("log.child"), text.getLocale());
        for (LogEntry e : entries) {
            out.append(format.record(row(e, e.what())));
            for (LogEntry c : e.children()) {
                out.append(format.record(row(c, child.format(new Object[] {c.what()}))));
            }
        }
        return out.toString();
    }

    List<String> header() {
        return List.of(text.getString("log.seq"), text.getString("log.time"), text.getString("log.socket"),
                text.getString("log.what"), text.getString("log.thread"));
    }

    private static List<String> row(LogEntry e, String what) {
        return List.of(Long.toString(e.seq()), e.time(), e.socket(), what, e.thread());
    }
}
