package org.socketlab.ui.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.ui.settings.PayloadMode;
import org.socketlab.ui.window.ViewModelLab;

/**
 * Answers carry their click number and time, and go stale when their socket changes state afterwards,
 * except the answer of the step that caused the change; on real loopback sockets.
 */
class StatusFreshnessTest {
    private static final String STAMP = "#\\d+ · \\d\\d:\\d\\d:\\d\\d\\.\\d{3}";

    private final ViewModelLab w = new ViewModelLab();

    @AfterEach
    void stop() {
        w.close();
    }

    /**
     * Steps 1–4 and client1's OnConnect reach the window together (nobody drains the stand-in FX queue while they
     * run): each state change is still put down to the step that made it.
     */
    @Test
    void changesThatArriveInOneBatchArePutDownToTheirOwnSteps() {
        for (int n = 1; n <= 4; n++) {
            w.vm.runNumbered(n);
        }
        assertThat(w.lab.awaitCounter(SocketName.client(1), Notification.CONNECT, 1, java.time.Duration.ofSeconds(20)))
                .isTrue();
        w.settle();
        SocketViewModel server = w.vm.server();
        SocketViewModel client = w.client1();
        assertThat(server.statusProperty(Operation.INIT).get().stale()).as("server's Initialize after 2").isTrue();
        assertThat(server.statusProperty(Operation.LISTEN).get().stale()).as("2 made the server listen").isFalse();
        assertThat(client.statusProperty(Operation.INIT).get().stale()).as("client1's Initialize after 4").isTrue();
        assertThat(client.statusProperty(Operation.CONNECT).get().stale()).as("4 and its OnConnect").isFalse();
    }

    /** The classroom report: 7 before 3 said "client1 does not exist", and kept saying it after 3 and 4. */
    @Test
    void aReceiveBeforeInitializeGoesStaleOnceTheSocketExists() {
        SocketViewModel client = w.client1();
        w.keys(7);
        StatusView early = client.statusProperty(Operation.RECEIVE).get();
        assertThat(early.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(early.stale()).as("fresh while the socket is still missing").isFalse();
        assertThat(client.headerProperty().get()).isEqualTo(early);

        w.keys(3);
        assertThat(client.statusProperty(Operation.RECEIVE).get().stale()).as("Receive after 3").isTrue();
        assertThat(client.statusProperty(Operation.INIT).get().stale()).as("3 made the change").isFalse();
        assertThat(client.statusProperty(Operation.RECEIVE).get()).as("same answer, dimmed")
                .isEqualTo(early.withStale());

        w.keys(1, 2, 4);
        w.waitUntil("OnConnect", () -> client.phaseProperty().get() == SocketState.CONNECTED);
        assertThat(client.statusProperty(Operation.INIT).get().stale()).as("Initialize after 4").isTrue();
        StatusView connect = client.statusProperty(Operation.CONNECT).get();
        assertThat(connect.outcome()).isEqualTo(Outcome.WOULD_BLOCK);
        assertThat(connect.stale()).as("Connect's WOULD BLOCK stays fresh through its own OnConnect").isFalse();
        assertThat(client.headerProperty().get()).isEqualTo(connect);

        w.keys(5);
        assertThat(client.statusProperty(Operation.CONNECT).get().stale())
                .as("Accept changed nothing on client1").isFalse();
        StatusView close = w.click(client, Operation.CLOSE);
        assertThat(close.stale()).isFalse();
        assertThat(client.statusProperty(Operation.CONNECT).get().stale()).as("Connect after Close").isTrue();
        assertThat(client.headerProperty().get()).isEqualTo(close);
    }

    /** A change caused by another socket's step makes every answer of this socket stale, the latest too. */
    @Test
    void aChangeCausedElsewhereMakesTheLatestAnswerStaleToo() {
        w.keys(1, 2, 3, 4, 5);
        SocketViewModel worker = w.worker1();
        w.keys(6);
        StatusView send = worker.statusProperty(Operation.SEND).get();
        assertThat(send.outcome()).isEqualTo(Outcome.OK);
        assertThat(send.stale()).isFalse();
        w.click(w.client1(), Operation.ABORT);
        w.waitUntil("worker1 reset", () -> worker.phaseProperty().get() == SocketState.RESET);
        assertThat(worker.statusProperty(Operation.SEND).get().stale()).isTrue();
        assertThat(worker.headerProperty().get().stale()).isTrue();
        assertThat(worker.headerProperty().get().number()).isEqualTo(send.number());
    }

    /** The Receive that takes the last byte is followed by OnClose: its own answer stays fresh. */
    @Test
    void theReceiveThatTookTheLastByteStaysFreshThroughTheOnCloseItBrought() {
        w.keys(1, 2, 3, 4, 5);
        SocketViewModel worker = w.worker1();
        w.vm.settings().payloadModeProperty().set(PayloadMode.TEXT);
        w.vm.settings().payloadTextProperty().set("last");
        w.click(w.client1(), Operation.SEND);
        w.click(w.client1(), Operation.CLOSE);
        w.waitUntil("OnReceive on worker1", () -> worker.countProperty(Notification.RECEIVE).get() == 1);
        StatusView receive = w.click(worker, Operation.RECEIVE);
        w.waitUntil("worker1 peer closed", () -> worker.phaseProperty().get() == SocketState.PEER_CLOSED);
        assertThat(worker.statusProperty(Operation.RECEIVE).get()).isEqualTo(receive);
        assertThat(receive.java()).endsWith("returned 4");
        assertThat(receive.stale()).isFalse();
    }

    /** A second identical click renews its field: a new number and stamp, a change a view can flash. */
    @Test
    void aRepeatedClickRenewsItsFieldAndTheHeader() {
        w.keys(1, 2, 3, 4, 5);
        SocketViewModel client = w.client1();
        List<StatusView> headers = new ArrayList<>();
        List<StatusView> fields = new ArrayList<>();
        client.headerProperty().addListener((o, was, now) -> headers.add(now));
        client.statusProperty(Operation.RECEIVE).addListener((o, was, now) -> fields.add(now));
        StatusView first = w.click(client, Operation.RECEIVE);
        StatusView second = w.click(client, Operation.RECEIVE);
        assertThat(second.summary()).isEqualTo(first.summary()).isEqualTo("WOULD BLOCK · EAGAIN 11 · WSAEWOULDBLOCK 10035");
        assertThat(second.java()).isEqualTo(first.java());
        assertThat(second).isNotEqualTo(first);
        assertThat(second.number()).isEqualTo(first.number() + 1);
        assertThat(first.stamp()).matches(STAMP).startsWith("#" + first.number() + " · ");
        assertThat(second.stamp()).matches(STAMP).startsWith("#" + second.number() + " · ");
        assertThat(fields).containsExactly(first, second);
        assertThat(headers).containsExactly(first, second);
        assertThat(w.vm.lastStatusProperty().get()).isEqualTo(second);
    }

    /** The number counts every step result the window applied, lab-wide, whichever socket. */
    @Test
    void clickNumbersCountEveryStepResultLabWide() {
        w.keys(1, 2, 3, 4, 5, 6, 7);
        assertThat(w.vm.server().statusProperty(Operation.INIT).get().number()).isEqualTo(1);
        assertThat(w.vm.server().statusProperty(Operation.LISTEN).get().number()).isEqualTo(2);
        assertThat(w.client1().statusProperty(Operation.INIT).get().number()).isEqualTo(3);
        assertThat(w.client1().statusProperty(Operation.CONNECT).get().number()).isEqualTo(4);
        assertThat(w.vm.server().headerProperty().get().number()).isEqualTo(5);
        assertThat(w.worker1().headerProperty().get().number()).isEqualTo(6);
        assertThat(w.client1().headerProperty().get().number()).isEqualTo(7);
        assertThat(w.vm.lastStatusProperty().get().number()).isEqualTo(7);
        assertThat(w.results).hasSize(7);
    }

    @Test
    void resetClearsEveryAnswerAndTheHeader() {
        w.keys(7, 1, 2, 3);
        w.vm.reset();
        w.settle();
        SocketViewModel client = w.client1();
        assertThat(client.statusProperty(Operation.RECEIVE).get()).isEqualTo(StatusView.NONE);
        assertThat(client.headerProperty().get()).isEqualTo(StatusView.NONE);
        assertThat(w.vm.server().headerProperty().get()).isEqualTo(StatusView.NONE);
        w.keys(3);
        assertThat(client.statusProperty(Operation.INIT).get().stale()).isFalse();
    }
}
