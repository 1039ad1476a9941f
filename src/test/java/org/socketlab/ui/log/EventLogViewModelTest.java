package org.socketlab.ui.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.socketlab.ui.log.LogUpdates.event;
import static org.socketlab.ui.log.LogUpdates.reset;
import static org.socketlab.ui.log.LogUpdates.step;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Operation;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.StepResult;
import org.socketlab.ui.window.ViewModelLab;

/** The event log reads in the engine's order, cause before effect, whatever order its updates arrive in. */
class EventLogViewModelTest {
    private final EventLogViewModel log = new EventLogViewModel(ViewModelLab.TEXT);

    private static String line(LogEntry e) {
        return e.socket() + " " + e.what();
    }

    private static List<Long> seqs(List<LogEntry> entries) {
        return entries.stream().map(LogEntry::seq).toList();
    }

    /** The classroom's case: Buffer 4, then 6 and 7. The Receive's re-posted OnReceive comes after the Receive. */
    @Test
    void aStepComesBeforeTheNotificationsItCaused() {
        try (ViewModelLab l = new ViewModelLab()) {
            l.vm.settings().bufferProperty().set("4");
            l.keys(1, 2, 3, 4, 5);
            l.waitUntil("OnSend on worker1", () -> l.worker1().countProperty(Notification.SEND).get() == 1);
            int before = l.vm.log().entries().size();
            l.keys(6);
            l.waitUntil("OnReceive on client1", () -> l.client1().countProperty(Notification.RECEIVE).get() == 1);
            l.keys(7);
            l.waitUntil("OnReceive posted again", () -> l.client1().countProperty(Notification.RECEIVE).get() == 2);

            List<LogEntry> entries = l.vm.log().entries();
            List<LogEntry> lesson = entries.subList(before, entries.size());
            assertThat(lesson).extracting(EventLogViewModelTest::line).satisfiesExactly(
                    e -> assertThat(e).startsWith("worker1 send → OK"),
                    e -> assertThat(e).isEqualTo("client1 OnReceive"),
                    e -> assertThat(e).startsWith("client1 receive → OK").contains("read(buffer of 4 bytes) returned 4"),
                    e -> assertThat(e).isEqualTo("client1 OnReceive"));
            assertThat(seqs(entries)).as("the engine's sequence numbers, strictly increasing").isSorted()
                    .doesNotHaveDuplicates().allSatisfy(s -> assertThat(s).isPositive());
            StepResult receive = l.results.get(l.results.size() - 1);
            assertThat(lesson.get(2).seq()).as("the Receive's own number").isEqualTo(receive.seq())
                    .isEqualTo(receive.after().version());
        }
    }

    @Test
    void anOlderUpdateArrivingLateTakesItsPlace() {
        log.add(step(10, "worker1", Operation.SEND));
        log.add(event(13, "client1", Notification.RECEIVE));
        log.add(event(11, "client1", Notification.RECEIVE));
        log.add(step(12, "client1", Operation.RECEIVE));
        log.add(reset(14));
        assertThat(seqs(log.entries())).containsExactly(10L, 11L, 12L, 13L, 14L);
        assertThat(log.entries().get(3).what()).isEqualTo("OnReceive");
        assertThat(log.entries().get(4).what()).isEqualTo(ViewModelLab.TEXT.getString("log.reset"));
    }

    @Test
    void aGroupCollectsItsSendsAndLetsTheirEffectsFollowIt() {
        log.add(step(1, "worker1", Operation.SEND)); // queued before the broadcast: not part of it
        log.expectGroup("broadcast to 2 workers", Operation.SEND, List.of(SocketName.worker(1), SocketName.worker(2)));
        log.add(step(2, "client1", Operation.RECEIVE)); // also queued before it
        log.add(step(3, "worker1", Operation.SEND));
        log.add(event(4, "client1", Notification.RECEIVE));
        log.add(step(5, "worker2", Operation.SEND));
        log.add(event(6, "client2", Notification.RECEIVE));
        log.add(step(7, "worker2", Operation.SEND)); // the group is complete: a Send of its own

        assertThat(log.entries()).extracting(LogEntry::seq, LogEntry::socket, LogEntry::isGroup).containsExactly(
                tuple(1L, "worker1", false),
                tuple(2L, "client1", false),
                tuple(3L, "server", true),
                tuple(4L, "client1", false),
                tuple(6L, "client2", false),
                tuple(7L, "worker2", false));
        LogEntry group = log.entries().get(2);
        assertThat(group.what()).isEqualTo("broadcast to 2 workers");
        assertThat(group.children()).extracting(LogEntry::seq, LogEntry::socket).containsExactly(
                tuple(3L, "worker1"), tuple(5L, "worker2"));
    }

    @Test
    void aGroupWhoseSendNeverCameEndsAtTheNextOtherStep() {
        log.expectGroup("broadcast to 2 workers", Operation.SEND, List.of(SocketName.worker(1), SocketName.worker(2)));
        log.add(step(1, "worker1", Operation.SEND));
        log.add(step(2, "client1", Operation.RECEIVE));
        log.add(step(3, "worker2", Operation.SEND));
        assertThat(log.entries()).extracting(LogEntry::isGroup).containsExactly(true, false, false);
        assertThat(log.entries().get(0).children()).hasSize(1);
    }

    @Test
    void resetForgetsAnAnnouncedGroup() {
        log.expectGroup("broadcast to 1 worker", Operation.SEND, List.of(SocketName.worker(1)));
        log.add(reset(1));
        log.add(step(2, "worker1", Operation.SEND));
        assertThat(log.entries()).noneMatch(LogEntry::isGroup);
    }

    @Test
    void aSendOlderThanItsGroupMovesTheGroupUp() {
        log.expectGroup("broadcast to 2 workers", Operation.SEND, List.of(SocketName.worker(1), SocketName.worker(2)));
        log.add(event(4, "client1", Notification.RECEIVE));
        log.add(step(5, "worker2", Operation.SEND));
        log.add(step(3, "worker1", Operation.SEND));
        assertThat(seqs(log.entries())).containsExactly(3L, 4L);
        assertThat(seqs(log.entries().get(0).children())).containsExactly(3L, 5L);
    }

    @Test
    void keepsTheNewestEntriesOnly() {
        for (int i = 1; i <= EventLogViewModel.KEPT + 10; i++) {
            log.add(event(i, "client1", Notification.SEND));
        }
        assertThat(log.entries()).hasSize(EventLogViewModel.KEPT);
        assertThat(log.entries().get(0).seq()).isEqualTo(11);
    }

    @Test
    void aHeldBatchAddsItsRowsInOneChangeInOrderAndKeepsTheNewestOnly() {
        List<Integer> added = new ArrayList<>();
        log.entries().addListener((ListChangeListener<LogEntry>) c -> {
            while (c.next()) {
                added.add(c.getAddedSize());
            }
        });
        log.hold();
        for (int i = 1; i <= EventLogViewModel.KEPT + 10; i++) {
            log.add(event(i, "client1", Notification.SEND));
        }
        assertThat(log.entries()).as("nothing shown while held").isEmpty();
        log.release();
        assertThat(added).as("rows added per change").containsExactly(EventLogViewModel.KEPT + 10, 0);
        assertThat(log.entries()).hasSize(EventLogViewModel.KEPT);
        assertThat(log.entries().get(0).seq()).isEqualTo(11);
    }

    @Test
    void aLateUpdateInAHeldBatchStillTakesItsPlace() {
        log.hold();
        log.add(step(1, "worker1", Operation.SEND));
        log.add(event(2, "client1", Notification.RECEIVE));
        log.add(event(4, "worker1", Notification.SEND));
        log.add(step(3, "client1", Operation.RECEIVE));
        log.add(event(5, "client1", Notification.RECEIVE));
        log.release();
        assertThat(seqs(log.entries())).containsExactly(1L, 2L, 3L, 4L, 5L);
    }
}
