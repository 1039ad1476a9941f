package org.socketlab.ui.log;

import java.text.MessageFormat;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketlab.engine.LabReset;
import org.socketlab.engine.LabUpdate;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.SelectorReport;
import org.socketlab.engine.Operation;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.StepResult;
import org.socketlab.engine.Wsa;
import org.socketlab.ui.cards.StatusView;

/**
 * Every step and notification in the order the engine made them (by its sequence number, so a step comes
 * before the notifications its calls caused), bounded so a long lesson cannot fill the memory. A broadcast
 * is one entry with its sends as children. Exports itself as CSV or TSV text.
 */
public final class EventLogViewModel {
    static final int KEPT = 5000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final ResourceBundle text;
    private final ObservableList<LogEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<LogEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ExpectedGroups groups = new ExpectedGroups();
    private final ReadOnlyIntegerWrapper unseen = new ReadOnlyIntegerWrapper();
    /** Rows that go at the end, kept until {@link #release()} while held: a batch adds its rows in one change. */
    private final List<LogEntry> pending = new ArrayList<>();
    private boolean held;

    public EventLogViewModel(ResourceBundle text) {
        this.text = text;
    }

    /**
     * Announces a group, e.g. a broadcast: the next {@code operation} results of these sockets become one entry with
     * this label (numbered as its first send), the sends under it. Call it before queueing the sends.
     */
    /** How many rows came while the user looked further up the log: they wait below, out of view. */
    public ReadOnlyIntegerProperty unseenProperty() {
        return unseen.getReadOnlyProperty();
    }

    /** "12 new rows below ↓": what the button that scrolls down to them says. */
    public StringBinding unseenText() {
        return Bindings.createStringBinding(() -> MessageFormat.format(text.getString("log.unseen"), unseen.get()),
                unseen);
    }

    /** Rows arrived while the newest row was out of view. */
    public void arrivedUnseen(int rows) {
        unseen.set(unseen.get() + rows);
    }

    /** The newest row is in view again. */
    public void caughtUp() {
        unseen.set(0);
    }

    public void expectGroup(String label, Operation operation, List<SocketName> sockets) {
        groups.expect(label, operation, sockets);
    }

    public void add(LabUpdate update) {
        if (update instanceof SelectorReport) {
            return; // measurements, not events
        }
        if (update instanceof LabReset) {
            groups.clear();
        }
        LogEntry entry = entryFor(update);
        Optional<ExpectedGroups.Group> group = update instanceof StepResult r ? groups.claim(r) : Optional.empty();
        if (group.isPresent()) {
            addToGroup(group.get(), entry);
        } else {
            insert(entry);
        }
        if (!held) {
            trim();
        }
    }

    /** Until {@link #release()}, new rows at the end are kept back: a batch of updates adds its rows at once. */
    public void hold() {
        held = true;
    }

    /** Adds the rows kept back, in one change of the entries. */
    public void release() {
        held = false;
        flush();
        trim();
    }

    private void flush() {
        if (!pending.isEmpty()) {
            entries.addAll(pending);
            pending.clear();
        }
    }

    private void trim() {
        if (entries.size() > KEPT) {
            entries.remove(0, entries.size() - KEPT);
        }
    }

    private LogEntry entryFor(LabUpdate update) {
        String time = LocalTime.ofInstant(update.time(), ZoneId.systemDefault()).format(TIME);
        if (update instanceof StepResult r) {
            return new LogEntry(r.seq(), time, r.step().socket().toString(),
                    r.step().operation().word() + " → " + StatusView.headline(r, text), r.thread());
        }
        if (update instanceof NotificationEvent e) {
            String code = e.error() == Wsa.NONE ? "" : " (" + e.error().describe() + ")";
            return new LogEntry(e.seq(), time, e.socket().toString(), e.notification().mfcName() + code, e.thread());
        }
        LabReset reset = (LabReset) update;
        return new LogEntry(reset.seq(), time, "*", text.getString("log.reset"), reset.thread());
    }

    private void addToGroup(ExpectedGroups.Group group, LogEntry child) {
        flush(); // a group is found and grown among the rows shown
        int at = group.begun() ? SeqOrder.indexOf(entries, group.seq()) : -1;
        if (at < 0) {
            LogEntry head = new LogEntry(child.seq(), child.time(), SocketName.SERVER.toString(), group.label(),
                    child.thread(), List.of(child));
            group.seq(head.seq());
            insert(head);
            return;
        }
        LogEntry grown = entries.get(at).withChild(child);
        group.seq(grown.seq());
        if (grown.seq() == entries.get(at).seq()) {
            entries.set(at, grown);
        } else { // a send older than the group's first arrived late: the group moves up
            entries.remove(at);
            insert(grown);
        }
    }

    /** Puts the entry in sequence order: at the end, or in place when an older number arrives late. */
    private void insert(LogEntry entry) {
        if (held && entry.seq() > lastSeq()) {
            pending.add(entry);
            return;
        }
        flush();
        entries.add(SeqOrder.insertionPoint(entries, entry.seq()), entry);
    }

    private long lastSeq() {
        List<LogEntry> tail = pending.isEmpty() ? entries : pending;
        return tail.isEmpty() ? Long.MIN_VALUE : tail.get(tail.size() - 1).seq();
    }

    /** The entries in sequence order, oldest first; a group's children are in {@link LogEntry#children()}. */
    public ObservableList<LogEntry> entries() {
        return entriesView;
    }

    /** The whole log as text in this format, with a header row; a group's children are rows of their own. */
    public String export(LogFormat format) {
        return new LogExport(text).text(entries, format);
    }

    /** The whole log as tab-separated lines with a header, for the clipboard. */
    public String asText() {
        return export(LogFormat.TSV);
    }
}
