package org.socketlab.ui.model;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketlab.engine.LabReset;
import org.socketlab.engine.LabUpdate;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.SelectorReport;
import org.socketlab.engine.StepResult;
import org.socketlab.engine.Wsa;

/** Every step and notification, newest last, bounded so a long lesson cannot fill the memory. */
public final class EventLogViewModel {
    static final int KEPT = 5000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final ResourceBundle text;
    private final ObservableList<LogEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<LogEntry> entriesView = FXCollections.unmodifiableObservableList(entries);

    EventLogViewModel(ResourceBundle text) {
        this.text = text;
    }

    void add(LabUpdate update) {
        if (update instanceof SelectorReport) {
            return; // measurements, not events
        }
        String time = LocalTime.ofInstant(update.time(), ZoneId.systemDefault()).format(TIME);
        if (update instanceof StepResult r) {
            entries.add(new LogEntry(time, r.step().socket().toString(),
                    r.step().operation().word() + " → " + StatusView.of(r, text).headline(), r.thread()));
        } else if (update instanceof NotificationEvent e) {
            String code = e.error() == Wsa.NONE ? "" : " (" + e.error().describe() + ")";
            entries.add(new LogEntry(time, e.socket().toString(), e.notification().mfcName() + code, e.thread()));
        } else if (update instanceof LabReset reset) {
            entries.add(new LogEntry(time, "*", text.getString("log.reset"), reset.thread()));
        }
        if (entries.size() > KEPT) {
            entries.remove(0, entries.size() - KEPT);
        }
    }


    public ObservableList<LogEntry> entries() {
        return entriesView;
    }

    /** The whole log as tab-separated lines with a header, for the clipboard. */
    public String asText() {
        String header = String.join("\t", text.getString("log.time"), text.getString("log.socket"),
                text.getString("log.what"), text.getString("log.thread"));
        return header + "\n" + entries.stream().map(LogEntry::asLine).collect(Collectors.joining("\n"));
    }
}
