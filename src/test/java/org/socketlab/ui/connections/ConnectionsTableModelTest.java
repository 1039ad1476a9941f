package org.socketlab.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Lab;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Operation;
import org.socketlab.engine.SocketState;
import org.socketlab.ui.cards.SocketViewModel;
import org.socketlab.ui.settings.PayloadMode;
import org.socketlab.ui.window.LabViewModel;
import org.socketlab.ui.window.ViewModelLab;

/** The connections table's model without a toolkit: traffic sums per socket, rows, the threshold. */
class ConnectionsTableModelTest {
    private ViewModelLab fixture;
    private Lab lab;
    private LabViewModel vm;

    @BeforeEach
    void start() {
        fixture = new ViewModelLab();
        lab = fixture.lab;
        vm = fixture.vm;
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private void settle() {
        fixture.settle();
    }

    private void waitUntil(String what, BooleanSupplier condition) {
        fixture.waitUntil(what, condition);
    }

    private void steps(int... numbers) {
        fixture.keys(numbers);
    }

    @Test
    void aPeerThatLeftWithDataUnreadShowsAsPeerClosedWithTheBytesWaiting() {
        vm.settings().payloadModeProperty().set(PayloadMode.TEXT);
        vm.settings().payloadTextProperty().set("bye!");
        steps(1, 2, 3, 4, 5);
        waitUntil("worker1", () -> vm.workers().size() == 1);
        SocketViewModel worker = vm.workers().get(0);
        SocketViewModel client = vm.clients().get(0);
        ConnectionRow row = new ConnectionsTableViewModel(vm.workers()).rows().get(0);
        client.perform(Operation.SEND);
        waitUntil("OnReceive on worker1", () -> worker.countProperty(Notification.RECEIVE).get() == 1);
        client.perform(Operation.CLOSE);
        settle();
        assertThat(row.shownStateProperty().getValue()).as("the lab alone: connected (OnClose waits for the read)")
                .isEqualTo(new ConnectionRow.Shown(org.socketlab.engine.SocketState.CONNECTED, false, 0));
        org.socketlab.kernel.KernelReader kernel = org.socketlab.kernel.KernelReader.system();
        waitUntil("the kernel's CLOSE_WAIT on the worker's card", () -> {
            vm.kernel().apply(kernel.read(lab.snapshot()));
            return row.shownStateProperty().getValue().peerClosed();
        });
        assertThat(row.shownStateProperty().getValue())
                .isEqualTo(new ConnectionRow.Shown(org.socketlab.engine.SocketState.CONNECTED, true, 4));
        assertThat(worker.countProperty(Notification.CLOSE).get()).as("still no OnClose: Windows' rule").isZero();
        worker.perform(Operation.RECEIVE);
        waitUntil("OnClose once the data is read", () -> worker.countProperty(Notification.CLOSE).get() == 1);
        vm.kernel().apply(kernel.read(lab.snapshot()));
        assertThat(row.shownStateProperty().getValue().peerClosed()).as("the lab's own state says it now").isFalse();
        assertThat(row.shownStateProperty().getValue().state())
                .isEqualTo(org.socketlab.engine.SocketState.PEER_CLOSED);
    }

    @Test
    void bytesInAndOutAreTheSumsOfWhatOkSendsAndReceivesMoved() {
        vm.settings().payloadModeProperty().set(PayloadMode.TEXT);
        vm.settings().payloadTextProperty().set("héllo\r\n\u0001"); // 9 bytes in UTF-8
        steps(1, 2, 3, 4, 5);
        waitUntil("worker1", () -> vm.workers().size() == 1);
        SocketViewModel worker = vm.workers().get(0);
        SocketViewModel client = vm.clients().get(0);
        client.perform(Operation.RECEIVE); // would block: nothing moved, nothing counted
        settle();
        assertThat(client.traffic().bytesInProperty().get()).isZero();
        worker.perform(Operation.SEND);
        settle();
        worker.perform(Operation.SEND);
        waitUntil("OnReceive on client1", () -> client.countProperty(Notification.RECEIVE).get() == 1);
        assertThat(worker.traffic().bytesOutProperty().get()).isEqualTo(18);
        client.perform(Operation.RECEIVE);
        settle();
        assertThat(client.traffic().bytesInProperty().get()).isEqualTo(18);
        assertThat(client.traffic().bytesOutProperty().get()).isZero();
        assertThat(worker.traffic().bytesInProperty().get()).isZero();
        assertThat(worker.traffic().sendsProperty().get()).as("two Sends wrote them").isEqualTo(2);
        assertThat(client.traffic().receivesProperty().get()).as("one Receive returned both (no boundaries)")
                .isEqualTo(1);
        assertThat(worker.traffic().receivesProperty().get()).isZero();
        assertThat(client.traffic().sendsProperty().get()).isZero();
        assertThat(client.traffic().lastDataProperty().get()).isEqualTo("héllo\\r\\n·héllo\\r\\n·");
        assertThat(client.traffic().lastHexProperty().get()).as("what the dots stand for")
                .isEqualTo("68 c3 a9 6c 6c 6f 0d 0a 01 68 c3 a9 6c 6c 6f 0d 0a 01");
        assertThat(worker.traffic().peerProperty().get())
                .isEqualTo(lab.snapshot().socket(client.name()).orElseThrow().local());
        vm.reset();
        waitUntil("the reset", () -> vm.workers().isEmpty());
        assertThat(client.traffic().bytesInProperty().get()).as("forgotten with its socket").isZero();
        assertThat(client.traffic().receivesProperty().get()).as("forgotten with its socket").isZero();
        assertThat(client.traffic().lastDataProperty().get()).isEmpty();
        assertThat(client.traffic().lastHexProperty().get()).isEmpty();
    }

    @Test
    void theColumnTurnsIntoATableAboveThreeSockets() {
        ConnectionsTableViewModel clients = new ConnectionsTableViewModel(vm.clients());
        assertThat(clients.rows()).hasSize(1);
        assertThat(clients.tableModeProperty().get()).isFalse();
        vm.addClient();
        vm.addClient();
        assertThat(clients.tableModeProperty().get()).as("three clients still get a card each").isFalse();
        SocketViewModel fourth = vm.addClient();
        assertThat(clients.tableModeProperty().get()).isTrue();
        assertThat(clients.rows()).extracting(r -> r.name().toString())
                .containsExactly("client1", "client2", "client3", "client4");
        assertThat(clients.latestProperty().get().socket()).as("the new row is the latest").isSameAs(fourth);
        vm.reset();
        waitUntil("one client left", () -> vm.clients().size() == 1);
        assertThat(clients.tableModeProperty().get()).isFalse();
        assertThat(clients.rows()).hasSize(1);
    }

    @Test
    void rowsFollowTheirSocketsWithoutBeingRebuilt() {
        ConnectionsTableViewModel workers = new ConnectionsTableViewModel(vm.workers());
        List<Object> rowChanges = new ArrayList<>();
        workers.rows().addListener((javafx.collections.ListChangeListener<ConnectionRow>) c -> rowChanges.add(c));
        steps(1, 2);
        for (int i = 0; i < 5; i++) {
            vm.addClient();
        }
        for (SocketViewModel c : vm.clients()) {
            c.perform(Operation.INIT);
            c.perform(Operation.CONNECT);
        }
        settle();
        for (int i = 0; i < vm.clients().size(); i++) {
            vm.runNumbered(5);
        }
        waitUntil("six workers", () -> vm.workers().size() == 6);
        assertThat(workers.tableModeProperty().get()).isTrue();
        assertThat(workers.rows()).allSatisfy(r -> assertThat(r.stateProperty().get()).isEqualTo(SocketState.CONNECTED));
        int changesBefore = rowChanges.size();
        ConnectionRow third = workers.rows().get(2);
        long before = third.changedProperty().get();
        third.socket().perform(Operation.SEND);
        waitUntil("OnReceive on the peer", () -> third.bytesOutProperty().get() > 0);
        assertThat(third.changedProperty().get()).isGreaterThan(before);
        assertThat(workers.latestProperty().get()).isSameAs(third);
        assertThat(rowChanges).as("a change updates the row, the list stays").hasSize(changesBefore);
    }

    @Test
    void thePreviewIsShortAndPrintable() {
        byte[] long40 = "0123456789012345678901234567890123456789".getBytes();
        assertThat(ConnectionTraffic.preview(long40, 40)).isEqualTo("012345678901234567890123…");
        assertThat(ConnectionTraffic.preview(new byte[] {'a', 0, 'b'}, 3)).isEqualTo("a·b");
        assertThat(ConnectionTraffic.preview(new byte[] {'a'}, 5000)).as("more moved than kept").isEqualTo("a…");
    }

    @Test
    void theHexShowsTheFirst64BytesAsPairs() {
        assertThat(ConnectionTraffic.hex(new byte[] {'a', 0, (byte) 0xff}, 3)).isEqualTo("61 00 ff");
        byte[] many = new byte[100];
        assertThat(ConnectionTraffic.hex(many, 100)).isEqualTo("00 ".repeat(63) + "00 …");
        assertThat(ConnectionTraffic.hex(new byte[] {1}, 5000)).as("more moved than kept").isEqualTo("01 …");
    }
}
