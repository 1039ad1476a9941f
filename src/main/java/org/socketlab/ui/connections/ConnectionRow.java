package org.socketlab.ui.connections;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.socketlab.engine.Notification;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.ui.cards.SocketViewModel;

/**
 * One connection as a row of the connections table: typed values read straight from its socket's view
 * model (no copies), plus the sequence number of its last change, so a view can flash and follow it.
 */
public final class ConnectionRow {
    private final SocketViewModel socket;
    private final ReadOnlyLongWrapper changed = new ReadOnlyLongWrapper();
    private final ObservableValue<Shown> shown;

    ConnectionRow(SocketViewModel socket, java.util.function.LongSupplier sequence,
                  java.util.function.Consumer<ConnectionRow> onChange) {
        this.socket = socket;
        // one per row: the table's cells ask for it every time they show the row
        this.shown = Bindings.createObjectBinding(() -> {
            SocketState state = socket.phaseProperty().get();
            boolean peerClosed = state == SocketState.CONNECTED && socket.kernelSaysPeerClosed();
            return new Shown(state, peerClosed, peerClosed ? socket.kernelProperty().get().unread() : 0);
        }, socket.phaseProperty(), socket.kernelProperty());
        ConnectionTraffic t = socket.traffic();
        ChangeListener<Object> touch = (o, was, now) -> {
            changed.set(sequence.getAsLong());
            onChange.accept(this);
        };
        for (ObservableValue<?> v : java.util.List.of(socket.phaseProperty(), t.peerProperty(),
                sendCount(), receiveCount(), closeCount(), closeErrorProperty(),
                t.bytesInProperty(), t.bytesOutProperty(), t.receivesProperty(), t.sendsProperty(),
                t.lastDataProperty())) {
            v.addListener(touch);
        }
        changed.set(sequence.getAsLong());
    }

    /** The socket's view model: what the selected row's card binds to. */
    public SocketViewModel socket() {
        return socket;
    }

    public SocketName name() {
        return socket.name();
    }

    /** The peer's address, e.g. {@code 127.0.0.1:50312}. */
    public ReadOnlyStringProperty peerProperty() {
        return socket.traffic().peerProperty();
    }

    /** The state as the lab reports it; {@code null} while the socket does not exist. */
    public ReadOnlyObjectProperty<SocketState> stateProperty() {
        return socket.phaseProperty();
    }

    /**
     * What the state column says: the lab's state, and whether the kernel holds the connection in CLOSE_WAIT
     * (the peer has closed) while the socket still counts as connected because bytes wait unread (under
     * Windows' rules OnClose comes only once they are read).
     */
    public record Shown(SocketState state, boolean peerClosed, long unread) {
    }

    /** The state column's value: the lab's state, with the peer's close the kernel already knows of. */
    public ObservableValue<Shown> shownStateProperty() {
        return shown;
    }

    public ReadOnlyIntegerProperty sendCount() {
        return socket.countProperty(Notification.SEND);
    }

    public ReadOnlyIntegerProperty receiveCount() {
        return socket.countProperty(Notification.RECEIVE);
    }

    public ReadOnlyIntegerProperty closeCount() {
        return socket.countProperty(Notification.CLOSE);
    }

    /** The code that came with the last OnClose (0: success). */
    public ReadOnlyIntegerProperty closeErrorProperty() {
        return socket.closeErrorProperty();
    }

    public ReadOnlyLongProperty bytesInProperty() {
        return socket.traffic().bytesInProperty();
    }

    public ReadOnlyLongProperty bytesOutProperty() {
        return socket.traffic().bytesOutProperty();
    }

    /** How many Receives returned bytes. */
    public ReadOnlyLongProperty receivesProperty() {
        return socket.traffic().receivesProperty();
    }

    /** How many Sends wrote bytes. */
    public ReadOnlyLongProperty sendsProperty() {
        return socket.traffic().sendsProperty();
    }

    public ReadOnlyStringProperty lastDataProperty() {
        return socket.traffic().lastDataProperty();
    }

    public ReadOnlyStringProperty lastHexProperty() {
        return socket.traffic().lastHexProperty();
    }

    /** The table's sequence number when this row last changed (larger is more recent). */
    public ReadOnlyLongProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }
}
