package org.socketlab.ui.cards;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketlab.engine.Counters;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Payload;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.SocketView;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepResult;
import org.socketlab.ui.connections.ConnectionTraffic;
import org.socketlab.kernel.TcpState;
import org.socketlab.ui.kernel.KernelLine;
import org.socketlab.ui.kernel.WordedKernelLine;
import org.socketlab.ui.window.StepSink;

/**
 * One socket's panel: its state (typed as {@link #phaseProperty()}, in words as {@link #stateProperty()}),
 * counters, the status beside each button and the latest of them ({@link #headerProperty()}), and what it
 * received. The state follows what the lab reports, never the texts; an answer given before the socket's
 * last change of state is marked stale (see {@link StatusView#stale()}).
 */
public final class SocketViewModel {
    /** How many received chunks a panel keeps (older ones scroll away). */
    static final int RECEIVED_KEPT = 200;

    private final SocketName name;
    private final StepSink sink;
    private final Supplier<Payload> payload;
    private final ResourceBundle text;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<SocketState> phase = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper addresses = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper port = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper peerGone = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dataWaiting = new ReadOnlyBooleanWrapper();
    /** The OnReceive count when this socket's last Receive returned: a later OnReceive means bytes wait. */
    private int receivesAtLastReceive;
    private final Map<Notification, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Notification.class);
    private final ReadOnlyIntegerWrapper connectError = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper closeError = new ReadOnlyIntegerWrapper();
    private final StatusBook statuses;
    private final ObservableList<ReceivedChunk> received = FXCollections.observableArrayList();
    private final ObservableList<ReceivedChunk> receivedView = FXCollections.unmodifiableObservableList(received);
    private final ReadOnlyObjectWrapper<Operation> nextOperation = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper asked = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper selectorLine = new ReadOnlyStringWrapper("");
    private final WordedKernelLine kernel = new WordedKernelLine();
    private boolean sendUnfinished;
    private final ConnectionTraffic traffic = new ConnectionTraffic();
    /** Receives not yet shown in {@link #received} (while held), the newest {@value #RECEIVED_KEPT} at most. */
    private final Deque<StepResult> unshownReceives = new ArrayDeque<>();
    private boolean held;
    /** The socket as {@link #apply(SocketView)} last showed it (null: none). */
    private SocketView shownView;

    public SocketViewModel(SocketName name, StepSink sink, Supplier<Payload> payload, ResourceBundle text) {
        this.name = name;
        this.sink = sink;
        this.payload = payload;
        this.text = text;
        for (Notification n : Notification.values()) {
            counts.put(n, new ReadOnlyIntegerWrapper());
        }
        statuses = new StatusBook(name.kind().operations());
        state.set(stateText(null));
        headline.set(title());
    }

    public SocketName name() {
        return name;
    }

    /** The panel's title, e.g. "Client 2". */
    public String title() {
        String kind = text.getString("panel." + name.kind().prefix());
        return name.number() == 0 ? kind : kind + " " + name.number();
    }

    /**
     * The card's headline, in the class's view: the title, and for a server bound to a port that port
     * ("Server · port 41234"), so a port the system chose for port 0 is there to read, not only in the
     * addresses' small print.
     */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The local port this socket is bound to, 0 while it has none. */
    public ReadOnlyIntegerProperty portProperty() {
        return port.getReadOnlyProperty();
    }

    /** The port of an address as the lab shows it ({@code 127.0.0.1:41234}, {@code [::1]:41234}); 0 for none. */
    static int portOf(String shown) {
        int colon = shown.lastIndexOf(':');
        try {
            return colon < 0 || shown.endsWith("]") ? 0 : Integer.parseInt(shown.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Runs one of this socket's operations; a Send takes the payload chosen in the settings. */
    public void perform(Operation op) {
        if (!name.kind().offers(op)) {
            throw new IllegalArgumentException(name + " has no " + op);
        }
        Payload p = Payload.DEFAULT;
        if (op == Operation.SEND && !sendUnfinished) {
            p = payload.get();
        }
        sink.submit(new Step(name, op, p));
    }

    /** Sends the given payload (used by Broadcast). */
    public void send(Payload p) {
        sink.submit(new Step(name, Operation.SEND, p));
    }

    /**
     * Counters, addresses and connectedness from the newest snapshot (the state follows {@link #follow}). A
     * socket shown as it is already changes nothing (every batch shows every socket; few of them changed).
     */
    public void apply(SocketView view) {
        if (view != null && view.equals(shownView)) {
            return;
        }
        shownView = view;
        traffic.see(view);
        port.set(view == null ? 0 : portOf(view.local()));
        headline.set(name.kind() == SocketKind.SERVER && port.get() > 0
                ? java.text.MessageFormat.format(text.getString("panel.server.headline"), title(), port.get()) : title());
        if (view == null) {
            addresses.set("");
            connected.set(false);
            peerGone.set(false);
            receivesAtLastReceive = 0;
            dataWaiting.set(false);
            setCounters(Counters.ZERO);
            return;
        }
        addresses.set(view.remote().isEmpty() ? view.local() : view.local() + " ⇄ " + view.remote());
        connected.set(view.state().isConnected());
        peerGone.set(view.counters().close() > 0);
        setCounters(view.counters());
        dataWaiting.set(view.counters().receive() > receivesAtLastReceive);
    }

    private void setCounters(Counters c) {
        for (Notification n : Notification.values()) {
            counts.get(n).set(c.count(n));
        }
        connectError.set(c.connectError());
        closeError.set(c.closeError());
    }

    /**
     * Follows the socket's state as the lab reported it in one update ({@code null}: no such socket). A
     * change makes every earlier answer on this socket stale, except that of step number {@code cause}.
     */
    public void follow(SocketState now, long cause) {
        if (now == phase.get()) {
            return;
        }
        phase.set(now);
        state.set(stateText(now));
        statuses.socketChanged(cause);
    }

    private String stateText(SocketState s) {
        return text.getString("state.plain." + (s == null ? "none" : s.word()));
    }

    /** A step's result on this socket, with the click number the window gave it. */
    public void apply(StepResult r, long number) {
        traffic.apply(r);
        statuses.record(r.step().operation(), Answer.of(r, number, text));
        if (r.step().operation() == Operation.SEND) {
            sendUnfinished = r.unsent() > 0;
        }
        if (r.step().operation() == Operation.RECEIVE) {
            receivesAtLastReceive = r.after().socket(name).map(v -> v.counters().receive()).orElse(0);
            dataWaiting.set(counts.get(Notification.RECEIVE).get() > receivesAtLastReceive);
        }
        if (r.step().operation() == Operation.RECEIVE && r.bytes() > 0) {
            unshownReceives.addLast(r);
            if (unshownReceives.size() > RECEIVED_KEPT) {
                unshownReceives.removeFirst();
            }
            if (!held) {
                showReceived();
            }
        }
    }

    /** The chunks received since they were last shown, in one change of the list (the oldest scroll away). */
    private void showReceived() {
        if (unshownReceives.isEmpty()) {
            return;
        }
        List<ReceivedChunk> chunks = unshownReceives.stream().map(r -> ReceivedChunk.of(r.bytes(), r.data())).toList();
        unshownReceives.clear();
        int over = received.size() + chunks.size() - RECEIVED_KEPT;
        if (over <= 0) {
            received.addAll(chunks);
        } else if (over >= received.size()) {
            received.setAll(chunks);
        } else {
            received.remove(0, over);
            received.addAll(chunks);
        }
    }

    /**
     * Until {@link #release()}, a step's answer and what it received are kept but not shown: a batch of many
     * steps changes this socket's card once, with its newest answers.
     */
    public void hold() {
        held = true;
        statuses.hold();
        traffic.hold();
    }

    public void release() {
        held = false;
        statuses.release();
        traffic.release();
        showReceived();
    }

    /** Marks which of this socket's operations is the lesson's next step (null: none). */
    public void markNext(Operation op) {
        nextOperation.set(op);
    }

    void showSelector(String line) {
        selectorLine.set(line);
    }

    /** Marks this socket as the one predict mode asks about (or has just revealed). */
    public void markAsked(boolean isAsked) {
        asked.set(isAsked);
    }

    public ReadOnlyBooleanProperty askedProperty() {
        return asked.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Operation> nextOperationProperty() {
        return nextOperation.getReadOnlyProperty();
    }

    /** A sample that changes nothing here (4 a second while a connection moves) redraws nothing. */
    public void showKernel(KernelLine line) {
        kernel.show(line);
    }

    /** The kernel's line, put into words when a card or a table row reads it ({@link WordedKernelLine}). */
    public void showKernel(Object source, Supplier<KernelLine> wording) {
        kernel.show(source, wording);
    }

    /**
     * Whether the kernel shows that this socket's peer has closed (CLOSE_WAIT), which it does as the FIN arrives:
     * under Windows' rules OnClose waits until the bytes before the FIN are read.
     */
    public boolean kernelSaysPeerClosed() {
        return kernel.line().get().state() == TcpState.CLOSE_WAIT && !kernel.line().get().afterClose();
    }

    /** Whether this socket is still open and its peer has left: OnClose came, or the kernel shows CLOSE_WAIT. */
    public boolean peerLeft() {
        SocketState now = phase.get();
        return now != null && now != SocketState.CLOSED && (peerGone.get() || kernelSaysPeerClosed());
    }

    /** What the kernel holds for this socket: its TCP state and queues ({@link KernelLine#NONE} before it was read). */
    public ObservableObjectValue<KernelLine> kernelProperty() {
        return kernel.line();
    }

    public ReadOnlyStringProperty selectorLineProperty() {
        return selectorLine.getReadOnlyProperty();
    }

    void clear() {
        apply((SocketView) null);
        phase.set(null);
        state.set(stateText(null));
        statuses.clear();
        showKernel(KernelLine.NONE);
        received.clear();
        unshownReceives.clear();
        sendUnfinished = false;
    }

    /** The state in plain words, e.g. "peer closed (FIN received)", "reset (RST)", "half closed: we sent FIN". */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The state as the lab reports it; {@code null} while the socket does not exist. */
    public ReadOnlyObjectProperty<SocketState> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /**
     * The socket's latest answer, whichever button: every step gives a new, non-equal value (its click
     * number differs), so a view can flash it; marked stale like the others. {@link StatusView#NONE} at first.
     */
    public ReadOnlyObjectProperty<StatusView> headerProperty() {
        return statuses.header();
    }

    public ReadOnlyStringProperty addressesProperty() {
        return addresses.getReadOnlyProperty();
    }

    /** True while connected and the peer has not closed: counted as a connected client. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /**
     * Whether bytes wait to be read, as the notifications tell it: an OnReceive came after this socket's last
     * Receive (FD_READ is posted again only once a Receive has re-enabled it, so each one means data arrived
     * that no Receive has read since).
     */
    public ReadOnlyBooleanProperty dataWaitingProperty() {
        return dataWaiting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty peerGoneProperty() {
        return peerGone.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty countProperty(Notification n) {
        return counts.get(n).getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty connectErrorProperty() {
        return connectError.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty closeErrorProperty() {
        return closeError.getReadOnlyProperty();
    }

    /** The latest answer of this button; stale once the socket changed state after it (see {@link StatusBook}). */
    public ReadOnlyObjectProperty<StatusView> statusProperty(Operation op) {
        ReadOnlyObjectProperty<StatusView> status = statuses.of(op);
        if (status == null) {
            throw new IllegalArgumentException(name + " has no " + op);
        }
        return status;
    }

    /** The peer, bytes in and out and the last data of this socket's connection. */
    public ConnectionTraffic traffic() {
        return traffic;
    }

    public ObservableList<ReceivedChunk> received() {
        return receivedView;
    }

    /** The operations a kind of panel offers, in the order the panel shows them. */
    public static List<Operation> operationsOf(SocketKind kind) {
        return switch (kind) {
            case SERVER -> List.of(Operation.INIT, Operation.LISTEN, Operation.ACCEPT, Operation.CLOSE);
            case CLIENT -> List.of(Operation.INIT, Operation.CONNECT, Operation.RECEIVE, Operation.SEND,
                    Operation.SHUTDOWN, Operation.CLOSE, Operation.ABORT);
            case WORKER -> List.of(Operation.SEND, Operation.RECEIVE, Operation.SHUTDOWN, Operation.CLOSE,
                    Operation.ABORT);
        };
    }
}
