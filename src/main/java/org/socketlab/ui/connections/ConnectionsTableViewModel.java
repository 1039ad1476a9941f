package org.socketlab.ui.connections;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.socketlab.ui.cards.SocketViewModel;
import org.socketlab.ui.window.LabViewModel;

/**
 * A column of sockets (the workers, or the clients) as a table: one {@link ConnectionRow} per socket, in
 * the column's order, kept in step with it row by row (never rebuilt), and whether the column is in
 * table mode: more than {@link #THRESHOLD} sockets. {@link #latestProperty()} names the row that changed
 * last, so a view can flash it and bring it into sight.
 */
public final class ConnectionsTableViewModel {
    /** Up to this many sockets a column shows a card each; beyond it, the table. */
    public static final int THRESHOLD = 3;

    private final ObservableList<ConnectionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ConnectionRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final Map<SocketViewModel, ConnectionRow> bySocket = new IdentityHashMap<>();
    private final ReadOnlyBooleanWrapper tableMode = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ConnectionRow> latest = new ReadOnlyObjectWrapper<>();
    private long sequence;

    /** Follows the given column of sockets (e.g. {@link LabViewModel#workers()}) from now on. */
    public ConnectionsTableViewModel(ObservableList<SocketViewModel> sockets) {
        sockets.addListener((ListChangeListener<SocketViewModel>) c -> {
            while (c.next()) {
                if (c.wasPermutated()) {
                    rows.setAll(sockets.stream().map(this::rowOf).toList());
                    continue;
                }
                if (c.wasRemoved()) {
                    c.getRemoved().forEach(bySocket::remove);
                    rows.remove(c.getFrom(), c.getFrom() + c.getRemovedSize());
                }
                if (c.wasAdded()) {
                    List<ConnectionRow> added = c.getAddedSubList().stream().map(this::rowOf).toList();
                    rows.addAll(c.getFrom(), added);
                    changed(added.get(added.size() - 1));
                }
            }
            tableMode.set(sockets.size() > THRESHOLD);
        });
        rows.setAll(sockets.stream().map(this::rowOf).toList());
        tableMode.set(sockets.size() > THRESHOLD);
    }

    private ConnectionRow rowOf(SocketViewModel socket) {
        return bySocket.computeIfAbsent(socket, s -> new ConnectionRow(s, () -> ++sequence, this::changed));
    }

    private void changed(ConnectionRow row) {
        if (bySocket.get(row.socket()) == row) {
            latest.set(null); // the same row again is news too
            latest.set(row);
        }
    }

    /** One row per socket of the column, in the column's order (a view sorts its own copy). */
    public ObservableList<ConnectionRow> rows() {
        return rowsView;
    }

    /** The row of this socket, if the column holds it. */
    public java.util.Optional<ConnectionRow> row(SocketViewModel socket) {
        return java.util.Optional.ofNullable(bySocket.get(socket));
    }

    /** True while the column holds more than {@link #THRESHOLD} sockets: show the table, not a card each. */
    public ReadOnlyBooleanProperty tableModeProperty() {
        return tableMode.getReadOnlyProperty();
    }

    /** The row that changed (or appeared) last; {@code null} between two changes and before any. */
    public ReadOnlyObjectProperty<ConnectionRow> latestProperty() {
        return latest.getReadOnlyProperty();
    }
}
