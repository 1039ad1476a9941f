package org.socketlab.ui.window;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.socketlab.engine.Operation;
import org.socketlab.engine.SocketName;
import org.socketlab.ui.cards.ClassAction;
import org.socketlab.ui.cards.SocketPanels;
import org.socketlab.ui.cards.SocketViewModel;
import org.socketlab.ui.connections.ConnectionsTableViewModel;
import org.socketlab.ui.log.EventLogViewModel;
import org.socketlab.ui.narration.NarrationViewModel;
import org.socketlab.ui.predict.PredictViewModel;
import org.socketlab.ui.settings.SettingsViewModel;

/**
 * The teacher's actions on the workers at once (Broadcast, Receive all, Close departed): each runs one step on
 * each chosen worker as one action, announced to the event log as one group and to the narration as one
 * heading with a summary, and passed by predict mode unasked.
 */
public final class ClassActionsViewModel {
    private final SocketPanels panels;
    private final EventLogViewModel log;
    private final NarrationViewModel narration;
    private final PredictViewModel predict;
    private final SettingsViewModel settings;
    private final ResourceBundle text;
    private final BooleanBinding serverSide;

    ClassActionsViewModel(SocketPanels panels, EventLogViewModel log, NarrationViewModel narration,
                          PredictViewModel predict, SettingsViewModel settings, ResourceBundle text,
                          BooleanBinding serverSide) {
        this.panels = panels;
        this.log = log;
        this.narration = narration;
        this.predict = predict;
        this.settings = settings;
        this.text = text;
        this.serverSide = serverSide;
    }

    /** The server sends the payload to every connected client, one Send per worker. */
    public void broadcast() {
        List<SocketViewModel> workers = panels.connectedWorkers();
        run(ClassAction.BROADCAST, workers, () -> workers.forEach(w -> w.send(settings.payload())));
    }

    /**
     * Receive on every worker whose client sent bytes that no Receive has read yet (an OnReceive came after its
     * last Receive).
     */
    public void receiveAll() {
        List<SocketViewModel> workers = panels.workers().stream().filter(w -> w.dataWaitingProperty().get()).toList();
        run(ClassAction.RECEIVE_ALL, workers, () -> workers.forEach(w -> w.perform(Operation.RECEIVE)));
    }

    /** Close every worker whose client has left ({@link #departedWorkers}). */
    public void closeDeparted() {
        List<SocketViewModel> workers = departedWorkers();
        run(ClassAction.CLOSE_DEPARTED, workers, () -> workers.forEach(w -> w.perform(Operation.CLOSE)));
    }

    /**
     * The workers still open whose client has left: OnClose came, or the kernel shows the client's FIN behind
     * unread bytes (CLOSE_WAIT; under Windows' rules OnClose waits for them to be read).
     */
    public List<SocketViewModel> departedWorkers() {
        return panels.workers().stream().filter(SocketViewModel::peerLeft).toList();
    }

    /** Whether Broadcast has a use: the server side is shown (role Both or Server only). */
    public BooleanBinding canBroadcast() {
        return serverSide;
    }

    /**
     * Whether Receive all and Close departed have a use: the server side is shown and more workers exist than a
     * lesson uses, so the connections table holds them.
     */
    public BooleanBinding canActOnClass() {
        return serverSide.and(Bindings.size(panels.workers()).greaterThan(ConnectionsTableViewModel.THRESHOLD));
    }

    private void run(ClassAction action, List<SocketViewModel> workers, Runnable steps) {
        List<SocketName> names = workers.stream().map(SocketViewModel::name).toList();
        log.expectGroup(MessageFormat.format(text.getString(action.logKey()), workers.size()), action.operation(),
                names);
        narration.beginGroup(action, names);
        predict.unasked(steps);
    }
}
