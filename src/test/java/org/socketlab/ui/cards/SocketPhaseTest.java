package org.socketlab.ui.cards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Operation;
import org.socketlab.engine.SocketState;
import org.socketlab.ui.settings.PayloadMode;
import org.socketlab.ui.window.ViewModelLab;

/**
 * A panel's state follows what happened to its socket, as the lab reports it, on real loopback sockets:
 * the typed {@code phaseProperty()} and the plain words of {@code stateProperty()}.
 */
class SocketPhaseTest {
    private final ViewModelLab w = new ViewModelLab();

    @AfterEach
    void stop() {
        w.close();
    }

    private SocketViewModel connected() {
        w.keys(1, 2, 3, 4, 5);
        SocketViewModel worker = w.worker1();
        w.waitUntil("OnSend on worker1", () -> worker.countProperty(Notification.SEND).get() == 1);
        assertState(worker, SocketState.CONNECTED, "connected");
        return worker;
    }

    private static void assertState(SocketViewModel panel, SocketState phase, String words) {
        assertThat(panel.phaseProperty().get()).as("phase of %s", panel.name()).isEqualTo(phase);
        assertThat(panel.stateProperty().get()).as("state of %s", panel.name()).isEqualTo(words);
    }

    @Test
    void aSocketThatDoesNotExistHasNoPhaseAndOneThatDoesFollowsTheLab() {
        SocketViewModel client = w.client1();
        assertState(client, null, "not created");
        w.keys(3);
        assertState(client, SocketState.OPEN, "open, not connected");
        w.keys(1, 2);
        assertState(w.vm.server(), SocketState.LISTENING, "listening");
        w.keys(4);
        w.waitUntil("OnConnect on client1", () -> client.countProperty(Notification.CONNECT).get() == 1);
        assertState(client, SocketState.CONNECTED, "connected");
        w.click(client, Operation.SHUTDOWN);
        assertState(client, SocketState.OUTPUT_SHUT, "half closed: we sent FIN");
        w.click(client, Operation.CLOSE);
        assertState(client, SocketState.CLOSED, "closed");
        w.vm.reset();
        w.settle();
        assertState(client, null, "not created");
        assertState(w.vm.server(), null, "not created");
    }

    /** (a) and (b): the client closes; the worker's OnClose (0) comes with "peer closed", and Receive's -1 keeps it. */
    @Test
    void aWorkerWhoseClientClosedSaysPeerClosedAtOnCloseAndAfterEndOfStream() {
        SocketViewModel worker = connected();
        w.click(w.client1(), Operation.CLOSE);
        w.waitUntil("OnClose on worker1", () -> worker.countProperty(Notification.CLOSE).get() == 1);
        assertThat(worker.closeErrorProperty().get()).isZero();
        assertState(worker, SocketState.PEER_CLOSED, "peer closed (FIN received)");
        assertThat(w.click(worker, Operation.RECEIVE).java()).endsWith("returned -1");
        assertState(worker, SocketState.PEER_CLOSED, "peer closed (FIN received)");
        assertThat(worker.connectedProperty().get()).isFalse();
    }

    /** (c): after the peer's FIN, a later Send meets its RST as "Broken pipe": the connection was reset. */
    @Test
    void aBrokenPipeAfterThePeersFinShowsReset() {
        SocketViewModel worker = connected();
        w.click(w.client1(), Operation.CLOSE);
        w.waitUntil("OnClose on worker1", () -> worker.countProperty(Notification.CLOSE).get() == 1);
        StatusView broken = w.sendUntilError(worker);
        assertThat(broken.java()).contains("Broken pipe");
        assertState(worker, SocketState.RESET, "reset (RST)");
    }

    /** (c) too: with the client's data still unread, the worker cannot see its FIN; the Broken pipe still tells. */
    @Test
    void aBrokenPipeWithDataUnreadShowsResetToo() {
        SocketViewModel worker = connected();
        w.vm.settings().payloadModeProperty().set(PayloadMode.TEXT);
        w.vm.settings().payloadTextProperty().set("unread");
        w.click(w.client1(), Operation.SEND);
        w.waitUntil("OnReceive on worker1", () -> worker.countProperty(Notification.RECEIVE).get() == 1);
        w.click(w.client1(), Operation.CLOSE);
        assertState(worker, SocketState.CONNECTED, "connected");
        StatusView broken = w.sendUntilError(worker);
        assertThat(broken.summary()).isEqualTo("ERROR · EPIPE 32 · WSAECONNRESET 10054");
        assertState(worker, SocketState.RESET, "reset (RST)");
        assertThat(worker.connectedProperty().get()).isFalse();
    }

    /** (d): the client aborts; the worker's OnClose (10054) comes with "reset". */
    @Test
    void aWorkerWhoseClientAbortedSaysReset() {
        SocketViewModel worker = connected();
        w.click(w.client1(), Operation.ABORT);
        w.waitUntil("OnClose on worker1", () -> worker.countProperty(Notification.CLOSE).get() == 1);
        assertThat(worker.closeErrorProperty().get()).isEqualTo(10054);
        assertState(worker, SocketState.RESET, "reset (RST)");
        assertState(w.client1(), SocketState.CLOSED, "closed");
    }

    /** The peer shut its output down: the worker sees the FIN and can still send. */
    @Test
    void aShutdownIsAHalfCloseOnBothEnds() {
        SocketViewModel worker = connected();
        w.click(w.client1(), Operation.SHUTDOWN);
        w.waitUntil("OnClose on worker1", () -> worker.countProperty(Notification.CLOSE).get() == 1);
        assertState(w.client1(), SocketState.OUTPUT_SHUT, "half closed: we sent FIN");
        assertState(worker, SocketState.PEER_CLOSED, "peer closed (FIN received)");
    }

    @Test
    void everyStateHasPlainWords() {
        for (SocketState s : SocketState.values()) {
            assertThat(ViewModelLab.TEXT.containsKey("state.plain." + s.word())).as(s.word()).isTrue();
        }
        assertThat(ViewModelLab.TEXT.containsKey("state.plain.none")).isTrue();
    }
}
