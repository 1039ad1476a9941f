package org.socketlab.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Notification;
import org.socketlab.ui.window.ViewModelLab;

/** The log as CSV and TSV text: the header, the escaping, a group's children as marked rows of their own. */
class LogExportTest {
    private final LogExport export = new LogExport(ViewModelLab.TEXT);

    private static final List<LogEntry> ENTRIES = List.of(
            new LogEntry(7, "04:11:33.512", "server", "broadcast to 2 workers", "socketlab-selector", List.of(
                    new LogEntry(7, "04:11:33.512", "worker1", "send → OK · write(3 bytes) returned 3", "socketlab-selector"),
                    new LogEntry(9, "04:11:33.513", "worker2", "send → OK", "socketlab-selector"))),
            new LogEntry(8, "04:11:33.513", "client1", "a \"quoted\", two-line\nthing\twith a tab", "t"));

    @Test
    void csvFollowsRfc4180() {
        assertThat(export.text(ENTRIES, LogFormat.CSV)).isEqualTo(
                "#,Time,Socket,Step or notification,Thread\r\n"
                + "7,04:11:33.512,server,broadcast to 2 workers,socketlab-selector\r\n"
                + "7,04:11:33.512,worker1,  ↳ send → OK · write(3 bytes) returned 3,socketlab-selector\r\n"
                + "9,04:11:33.513,worker2,  ↳ send → OK,socketlab-selector\r\n"
                + "8,04:11:33.513,client1,\"a \"\"quoted\"\", two-line\nthing\twith a tab\",t\r\n");
    }

    @Test
    void tsvHasNoTabOrLineBreakInsideAField() {
        assertThat(export.text(ENTRIES, LogFormat.TSV)).isEqualTo(
                "#\tTime\tSocket\tStep or notification\tThread\n"
                + "7\t04:11:33.512\tserver\tbroadcast to 2 workers\tsocketlab-selector\n"
                + "7\t04:11:33.512\tworker1\t  ↳ send → OK · write(3 bytes) returned 3\tsocketlab-selector\n"
                + "9\t04:11:33.513\tworker2\t  ↳ send → OK\tsocketlab-selector\n"
                + "8\t04:11:33.513\tclient1\ta \"quoted\", two-line thing with a tab\tt\n");
    }

    @Test
    void theClipboardGetsTheTabSeparatedLog() {
        EventLogViewModel log = new EventLogViewModel(ViewModelLab.TEXT);
        log.add(LogUpdates.event(3, "client1", Notification.CONNECT));
        assertThat(log.asText()).isEqualTo(log.export(LogFormat.TSV))
                .startsWith("#\tTime\tSocket\tStep or notification\tThread\n3\t").endsWith("\tclient1\tOnConnect\tsocketlab-selector\n");
    }

    @Test
    void theFormatFollowsTheFileName() {
        assertThat(LogFormat.ofFileName("log.CSV")).contains(LogFormat.CSV);
        assertThat(LogFormat.ofFileName("log.tsv")).contains(LogFormat.TSV);
        assertThat(LogFormat.ofFileName("log.txt")).isEmpty();
    }
}
