package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.LabUpdate;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.ui.cards.SocketViewModel;
import org.socketlab.ui.cards.StatusView;
import org.socketlab.ui.lesson.LessonViewModel;
import org.socketlab.ui.settings.PayloadMode;
import org.socketlab.ui.settings.SettingsViewModel;

/** The view models without any toolkit: a real lab on loopback, updates applied on the test thread. */
class LabViewModelTest {
    private final QueueExecutor uiThread = new QueueExecutor();
    private Lab lab;
    private LabViewModel vm;

    @BeforeEach
    void start() {
        lab = Lab.start(LabSettings.defaults().withPort(0));
        // auto-play's pauses run when the test thread drains the queue, without waiting
        vm = new LabViewModel(lab, ResourceBundle.getBundle("i18n.messages"), (delay, action) -> uiThread.execute(action));
        lab.addListener(new UiBridge(uiThread, vm::apply));
    }

    @AfterEach
    void stop() {
        vm.close();
        assertThat(lab.isRunning()).isFalse();
    }

    /** Lets the lab's notifications arrive and applies them, as the FX thread would. */
    private void settle() {
        assertThat(lab.awaitQuiet(Duration.ofMillis(50), Duration.ofSeconds(20))).as("the lab went quiet").isTrue();
        uiThread.drain();
    }

    private void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            settle();
            if (condition.getAsBoolean()) {
                return;
            }
        }
        fail("waited 20 s for " + what);
    }

    private void steps(int... numbers) {
        for (int n : numbers) {
            vm.runNumbered(n);
            settle();
        }
    }

    private static int count(SocketViewModel s, Notification n) {
        return s.countProperty(n).get();
    }

    @Test
    void theSeedLessonUpdatesCountersAndStatuses() {
        steps(1, 2, 3, 4);
        SocketViewModel client = vm.clients().get(0);
        waitUntil("OnSend on client1", () -> count(client, Notification.SEND) == 1);
        assertThat(count(vm.server(), Notification.ACCEPT)).isEqualTo(1);
        assertThat(count(client, Notification.CONNECT)).isEqualTo(1);
        StatusView connect = client.statusProperty(Operation.CONNECT).get();
        assertThat(connect.outcome()).isEqualTo(Outcome.WOULD_BLOCK);
        assertThat(connect.summary()).isEqualTo("WOULD BLOCK · EINPROGRESS 115 · WSAEWOULDBLOCK 10035");
        assertThat(connect.java()).matches("connect\\(127\\.0\\.0\\.1:[0-9]+\\) returned false");

        steps(5);
        assertThat(vm.workers()).hasSize(1);
        SocketViewModel worker = vm.workers().get(0);
        waitUntil("OnSend on worker1", () -> count(worker, Notification.SEND) == 1);
        assertThat(vm.connectionsProperty().get()).isEqualTo(1);
        steps(6);
        waitUntil("OnReceive on client1", () -> count(client, Notification.RECEIVE) == 1);
        steps(7);
        assertThat(client.received()).hasSize(1);
        assertThat(client.received().get(0).text()).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
        assertThat(client.received().get(0).hex()).startsWith("3");
        assertThat(count(client, Notification.RECEIVE)).isEqualTo(1);
        assertThat(vm.lastStepProperty().get()).as("the step by its button").isEqualTo("7 Receive");
        assertThat(vm.log().entries()).anySatisfy(e -> assertThat(e.what()).isEqualTo("OnConnect"));
        assertThat(vm.log().entries()).allSatisfy(e -> assertThat(e.thread()).isEqualTo(Lab.THREAD_NAME));
        assertThat(vm.log().asText()).startsWith("#\tTime\tSocket\tStep or notification\tThread\n").contains("OnAccept");
    }

    @Test
    void bulkModeFillsTheBufferAndTheNextSendContinues() {
        vm.settings().payloadModeProperty().set(PayloadMode.BULK);
        vm.settings().bulkSizeProperty().set("8388608");
        steps(1, 2, 3, 4, 5, 6);
        SocketViewModel worker = vm.workers().get(0);
        StatusView bulk = worker.statusProperty(Operation.SEND).get();
        assertThat(bulk.outcome()).as("a short count is a success").isEqualTo(Outcome.OK);
        assertThat(bulk.explanation()).contains(" of 8,388,608 bytes");
        steps(6);
        assertThat(worker.statusProperty(Operation.SEND).get().explanation())
                .as("a Send after would-block continues the same bulk").doesNotContain("dropped");
    }

    @Test
    void broadcastReachesEveryClientAndTheCountDropsWhenOneLeaves() {
        steps(1, 2, 3, 4);
        SocketViewModel client2 = vm.addClient();
        client2.perform(Operation.INIT);
        client2.perform(Operation.CONNECT);
        settle();
        steps(5, 5);
        assertThat(vm.workers()).hasSize(2);
        waitUntil("two connections", () -> vm.connectionsProperty().get() == 2);
        vm.settings().payloadModeProperty().set(PayloadMode.TEXT);
        vm.settings().payloadTextProperty().set("to all");
        vm.classActions().broadcast();
        SocketViewModel client1 = vm.clients().get(0);
        waitUntil("both clients got data", () -> count(client1, Notification.RECEIVE) == 1
                && count(client2, Notification.RECEIVE) == 1);
        client2.perform(Operation.RECEIVE);
        settle();
        assertThat(client2.received().get(0).text()).isEqualTo("to all");

        client2.perform(Operation.CLOSE);
        waitUntil("the count goes down", () -> vm.connectionsProperty().get() == 1);
    }

    @Test
    void invalidSettingsAreRefusedAndValidOnesReachTheLab() {
        SettingsViewModel s = vm.settings();
        s.portProperty().set("70000");
        assertThat(s.portErrorProperty().get()).contains("0 to 65535");
        assertThat(lab.settings().port()).isZero();
        s.portProperty().set("abc");
        assertThat(s.portErrorProperty().get()).isNotEmpty();
        s.hostProperty().set("  ");
        assertThat(s.hostErrorProperty().get()).isNotEmpty();
        s.hostProperty().set("127.0.0.1");
        s.portProperty().set("12345");
        assertThat(s.portErrorProperty().get()).isEmpty();
        assertThat(lab.settings().port()).isEqualTo(12345);
        s.bufferProperty().set("0");
        assertThat(s.bufferErrorProperty().get()).isNotEmpty();
        assertThat(lab.settings().receiveBufferSize()).isEqualTo(LabSettings.DEFAULT_RECEIVE_BUFFER);
        s.bufferProperty().set("16");
        assertThat(lab.settings().receiveBufferSize()).isEqualTo(16);
        s.payloadModeProperty().set(PayloadMode.BULK);
        s.bulkSizeProperty().set("-3");
        assertThat(s.payloadErrorProperty().get()).isNotEmpty();
        s.payloadModeProperty().set(PayloadMode.TEXT);
        s.payloadTextProperty().set("");
        assertThat(s.payloadErrorProperty().get()).isNotEmpty();
    }

    @Test
    void resetForgetsWorkersAndExtraClientsAndZeroesCounters() {
        steps(1, 2, 3, 4, 5, 6);
        vm.addClient();
        waitUntil("data arrived", () -> count(vm.clients().get(0), Notification.RECEIVE) == 1);
        vm.reset();
        settle();
        assertThat(vm.workers()).isEmpty();
        assertThat(vm.clients()).hasSize(1);
        SocketViewModel client = vm.clients().get(0);
        for (Notification n : Notification.values()) {
            assertThat(count(client, n)).isZero();
            assertThat(count(vm.server(), n)).isZero();
        }
        assertThat(client.received()).isEmpty();
        assertThat(client.statusProperty(Operation.CONNECT).get()).isEqualTo(StatusView.NONE);
        assertThat(lab.openChannels()).isZero();
        assertThat(vm.connectionsProperty().get()).isZero();
    }

    @Test
    void aStatusShowsOneCallAsJavaSaysItAndSeveralInShortSoTheLastStillShows() {
        steps(1, 2, 3, 4, 5);
        settle();
        SocketViewModel worker = vm.workers().get(0);
        worker.perform(Operation.RECEIVE);
        worker.perform(Operation.CLOSE);
        settle();
        assertThat(worker.statusProperty(Operation.RECEIVE).get().java())
                .isEqualTo("read(buffer of 1024 bytes) returned 0");
        assertThat(worker.statusProperty(Operation.CLOSE).get().java())
                .isEqualTo("key.cancel(); selector.selectNow() → 0; close()");
    }

    @Test
    void aFloodOfNotificationsIsDeliveredInFewBatches() {
        vm.settings().bufferProperty().set("1");
        vm.settings().payloadModeProperty().set(PayloadMode.TEXT);
        vm.settings().payloadTextProperty().set("x".repeat(400));
        steps(1, 2, 3, 4, 5, 6);
        // a second bridge on its own stand-in FX thread, which nobody drains during the flood:
        // what counts is how many tasks it hands over (each one a Platform.runLater), not how many
        // non-empty batches come out at the end
        QueueExecutor fxThread = new QueueExecutor();
        List<LabUpdate> delivered = new ArrayList<>();
        List<LabUpdate> published = Collections.synchronizedList(new ArrayList<>());
        lab.addListener(published::add);
        lab.addListener(new UiBridge(fxThread, delivered::addAll));
        SocketViewModel client = vm.clients().get(0);
        for (int i = 0; i < 300; i++) {
            client.perform(Operation.RECEIVE); // 300 results and ~300 notifications
        }
        settle();
        int updates;
        synchronized (published) {
            updates = published.size();
        }
        assertThat(updates).as("updates published by the flood").isGreaterThan(400);
        assertThat(fxThread.handedOver()).as("runLater calls for %d updates", updates).isLessThanOrEqualTo(3);
        fxThread.drain();
        synchronized (published) {
            assertThat(delivered).as("every update delivered once, in order").containsExactlyElementsOf(published);
        }
        assertThat(count(client, Notification.RECEIVE)).isGreaterThan(100);
    }

    @Test
    void autoPlayRunsEveryShippedLessonToItsPromises() {
        for (String name : org.socketlab.lesson.Lessons.names()) {
            LessonViewModel lesson = vm.lesson();
            lesson.openShipped(name);
            settle();
            lesson.play();
            waitUntil(name + " finished", () -> lesson.nextProperty().get() == null);
            waitUntil(name + " promises", () -> lesson.promisesProperty().get()
                    .equals(ResourceBundle.getBundle("i18n.messages").getString("lesson.promises.held")));
            assertThat(lesson.playingProperty().get()).isFalse();
        }
    }

    @Test
    void pauseStopsAutoPlayAndStepRunsOneStep() {
        LessonViewModel lesson = vm.lesson();
        lesson.openShipped("seed-steps");
        settle();
        lesson.play();
        lesson.pause();
        settle();
        int reached = lesson.positionProperty().get();
        assertThat(reached).isLessThanOrEqualTo(1);
        settle();
        assertThat(lesson.positionProperty().get()).isEqualTo(reached);
        lesson.step();
        waitUntil("one more step", () -> lesson.positionProperty().get() == reached + 1);
        assertThat(vm.narration().headingProperty().get()).isNotEmpty();
        vm.reset();
        settle();
        assertThat(lesson.positionProperty().get()).as("Reset during a lesson restarts it").isZero();
        assertThat(vm.narration().headingProperty().get()).isEqualTo(lesson.lessonProperty().get().title());
    }
}
