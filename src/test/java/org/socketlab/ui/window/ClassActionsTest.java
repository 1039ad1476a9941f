package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Payload;
import org.socketlab.engine.SocketState;
import org.socketlab.kernel.KernelReader;
import org.socketlab.os.OsKind;
import org.socketlab.ui.cards.SocketViewModel;
import org.socketlab.ui.log.LogEntry;

/**
 * The teacher's actions on a class (four clients, more than a lesson uses): Receive all reads on exactly the
 * workers with bytes waiting, Close departed closes exactly the workers whose client left, each narrated as one
 * action with a summary and logged as one group. A real lab on loopback, updates applied on the test thread.
 */
class ClassActionsTest {
    private ViewModelLab fixture;
    private LabViewModel vm;

    @BeforeEach
    void start() {
        fixture = new ViewModelLab();
        vm = fixture.vm;
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void receiveAllReadsOnlyWhereBytesWaitAndIsOneAction() {
        List<SocketViewModel> clients = classOfFour();
        assertThat(vm.classActions().canActOnClass().get()).as("four workers: the class actions show").isTrue();
        clients.get(0).send(new Payload.Text("hi"));
        clients.get(2).send(new Payload.Text("yo!"));
        waitUntil("two workers have bytes waiting", () -> waiting().size() == 2);
        assertThat(waiting()).containsExactly("worker1", "worker3");

        vm.classActions().receiveAll();
        waitUntil("both read", () -> waiting().isEmpty() && worker(1).received().size() == 1
                && worker(3).received().size() == 1);
        assertThat(worker(3).received().get(0).text()).isEqualTo("yo!");
        assertThat(worker(2).received()).isEmpty();
        assertThat(vm.narration().headingProperty().get()).isEqualTo("Receive on 2 workers with bytes waiting");
        assertThat(vm.narration().explanationProperty().get())
                .startsWith("2 of 2 Receives done").contains("2 returned 5 bytes in all");
        LogEntry group = vm.log().entries().stream().filter(LogEntry::isGroup).reduce((a, b) -> b).orElseThrow();
        assertThat(group.what()).isEqualTo("receive on 2 workers");
        assertThat(group.children()).hasSize(2);
    }

    @Test
    void aReceiveThatLeavesBytesLeavesTheWorkerWaiting() {
        classOfFour();
        vm.settings().bufferProperty().set("2");
        vm.clients().get(1).send(new Payload.Text("hello"));
        waitUntil("worker2 has bytes waiting", () -> worker(2).dataWaitingProperty().get());
        vm.classActions().receiveAll();
        waitUntil("it read two bytes and OnReceive came again", () -> worker(2).received().size() == 1
                && worker(2).dataWaitingProperty().get());
    }

    @Test
    void closeDepartedClosesOnlyTheWorkersWhoseClientLeft() {
        List<SocketViewModel> clients = classOfFour();
        clients.get(3).perform(Operation.CLOSE);
        waitUntil("worker4 got OnClose", () -> count(worker(4), Notification.CLOSE) == 1);
        if (OsKind.current() == OsKind.LINUX) {
            // client2 leaves with bytes unread: under Windows' rules no OnClose until they are read, but the
            // kernel shows CLOSE_WAIT
            clients.get(1).send(new Payload.Text("bye"));
            clients.get(1).perform(Operation.CLOSE);
            waitUntil("the kernel shows client2's FIN", () -> {
                vm.kernel().apply(KernelReader.system().read(fixture.lab.snapshot()));
                return vm.classActions().departedWorkers().size() == 2;
            });
        }
        int departed = vm.classActions().departedWorkers().size();
        vm.classActions().closeDeparted();
        waitUntil("the departed are closed", () -> vm.classActions().departedWorkers().isEmpty());
        assertThat(worker(4).phaseProperty().get()).isEqualTo(SocketState.CLOSED);
        assertThat(worker(1).phaseProperty().get()).isEqualTo(SocketState.CONNECTED);
        assertThat(worker(3).phaseProperty().get()).isEqualTo(SocketState.CONNECTED);
        assertThat(vm.narration().headingProperty().get())
                .isEqualTo(departed == 1 ? "Close 1 worker whose client left" : "Close 2 workers whose client left");
        assertThat(vm.narration().explanationProperty().get()).startsWith(departed + " of " + departed + " Closes done");
    }

    /** Server listening, four clients connected and accepted. */
    private List<SocketViewModel> classOfFour() {
        vm.runNumbered(1);
        vm.runNumbered(2);
        settle();
        for (int i = 0; i < 4; i++) {
            SocketViewModel client = i == 0 ? vm.clients().get(0) : vm.addClient();
            client.perform(Operation.INIT);
            client.perform(Operation.CONNECT);
            settle();
            vm.server().perform(Operation.ACCEPT);
            settle();
        }
        waitUntil("four connections", () -> vm.connectionsProperty().get() == 4);
        return List.copyOf(vm.clients());
    }

    private List<String> waiting() {
        return vm.workers().stream().filter(w -> w.dataWaitingProperty().get()).map(w -> w.name().toString()).toList();
    }

    private SocketViewModel worker(int n) {
        return vm.workers().stream().filter(w -> w.name().toString().equals("worker" + n)).findFirst().orElseThrow();
    }

    private static int count(SocketViewModel s, Notification n) {
        return s.countProperty(n).get();
    }

    private void settle() {
        fixture.settle();
    }

    private void waitUntil(String what, BooleanSupplier condition) {
        fixture.waitUntil(what, condition);
    }
}
