package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Payload;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;
import org.socketlab.ui.cards.SocketViewModel;

/**
 * However many updates a batch brings, the derived views change once, to the batch's newest state: the
 * narration (heading, explanation, code), a card's answers and its received chunks, the status bar. A real lab
 * on loopback: 30 sends and receives run while the stand-in FX queue is held, then arrive as one batch (the
 * bridge here hands over all that waits at once; how it cuts a burst into hand-overs is UiBridgeTest's).
 */
class OneChangePerBatchTest {
    private static final int ROUNDS = 30;
    private static final Duration BOUND = Duration.ofSeconds(20);
    private ViewModelLab fixture;
    private LabViewModel vm;

    @BeforeEach
    void start() {
        fixture = ViewModelLab.wholeBatches();
        vm = fixture.vm;
        for (int n = 1; n <= 5; n++) {
            vm.runNumbered(n);
            fixture.settle();
        }
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aBatchOfSixtyStepsChangesEachViewOnceToItsNewestState() {
        SocketViewModel worker = vm.workers().get(0);
        AtomicInteger heading = changes(vm.narration().headingProperty());
        AtomicInteger explanation = changes(vm.narration().explanationProperty());
        AtomicInteger code = changes(vm.narration().code());
        AtomicInteger answer = changes(worker.headerProperty());
        AtomicInteger receiveAnswer = changes(worker.statusProperty(Operation.RECEIVE));
        AtomicInteger received = changes(worker.received());
        AtomicInteger status = changes(vm.lastStatusProperty());

        SocketName client = SocketName.client(1);
        SocketName workerName = SocketName.worker(1);
        for (int n = 1; n <= ROUNDS; n++) {
            fixture.lab.run(new Step(client, Operation.SEND, new Payload.Text("line " + n)));
            assertThat(fixture.lab.awaitCounter(workerName, Notification.RECEIVE, n, BOUND)).isTrue();
            fixture.lab.run(new Step(workerName, Operation.RECEIVE));
        }
        fixture.lab.run(new Step(client, Operation.SEND, new Payload.Text("last")));
        assertThat(fixture.lab.awaitQuiet(Duration.ofMillis(50), BOUND)).isTrue();
        int handedOver = fixture.uiThread.handedOver();
        fixture.uiThread.drain();

        assertThat(fixture.uiThread.handedOver() - handedOver).as("no hand-over while the batch was applied").isZero();
        assertThat(heading.get()).as("narration heading changes").isEqualTo(1);
        assertThat(explanation.get()).as("narration explanation changes").isEqualTo(1);
        assertThat(code.get()).as("code pane changes").isEqualTo(1);
        assertThat(answer.get()).as("worker card's latest answer changes").isEqualTo(1);
        assertThat(receiveAnswer.get()).as("answer beside worker's Receive changes").isEqualTo(1);
        assertThat(received.get()).as("worker's received list changes").isEqualTo(1);
        assertThat(status.get()).as("status bar changes").isEqualTo(1);

        // and what they show is the newest state
        assertThat(vm.narration().headingProperty().get()).isEqualTo("Client 1 · Send “last”");
        assertThat(vm.narration().code()).isNotEmpty();
        assertThat(worker.received()).hasSize(ROUNDS);
        assertThat(worker.received().get(ROUNDS - 1).text()).isEqualTo("line " + ROUNDS);
        assertThat(worker.statusProperty(Operation.RECEIVE).get().explanation()).isNotEmpty();
        assertThat(vm.lastStepProperty().get()).isEqualTo("Client 1 · Send “last”");
        assertThat(vm.clients().get(0).headerProperty().get().number())
                .isEqualTo(vm.lastStatusProperty().get().number());
    }

    @Test
    void workersAcceptedInOneBatchJoinTheListInOneChange() {
        AtomicInteger workers = changes(vm.workers());
        AtomicInteger clients = changes(vm.clients());
        for (int n = 2; n <= 6; n++) {
            SocketName client = SocketName.client(n);
            fixture.lab.run(new Step(client, Operation.INIT));
            fixture.lab.run(new Step(client, Operation.CONNECT));
            fixture.lab.run(new Step(SocketName.SERVER, Operation.ACCEPT));
        }
        assertThat(fixture.lab.awaitQuiet(Duration.ofMillis(50), BOUND)).isTrue();
        fixture.uiThread.drain();

        assertThat(vm.workers()).extracting(SocketViewModel::name).containsExactly(SocketName.worker(1),
                SocketName.worker(2), SocketName.worker(3), SocketName.worker(4), SocketName.worker(5),
                SocketName.worker(6));
        assertThat(workers.get()).as("changes of the workers list").isEqualTo(1);
        assertThat(vm.clients()).hasSize(6);
        assertThat(vm.workers().get(5).phaseProperty().get()).isNotNull();
        assertThat(clients.get()).as("changes of the clients list (the steps name clients 2–6: each joins as its"
                + " Initialize is applied)").isEqualTo(5);
    }

    private static AtomicInteger changes(ObservableValue<?> value) {
        AtomicInteger count = new AtomicInteger();
        value.addListener((o, was, now) -> count.incrementAndGet());
        return count;
    }

    private static AtomicInteger changes(ObservableList<?> list) {
        AtomicInteger count = new AtomicInteger();
        list.addListener((ListChangeListener<Object>) c -> count.incrementAndGet());
        return count;
    }
}
