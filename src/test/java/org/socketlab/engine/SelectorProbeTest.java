package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.SelectionKey;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SelectorProbeTest {

    private static Map<SocketName, SelectorReport.Row> rows(Lab lab) {
        return lab.selectorReport().join().rows().stream()
                .collect(Collectors.toMap(SelectorReport.Row::socket, Function.identity()));
    }

    @Test
    void anIdleConnectionIsAlwaysWritableSoANaiveLoopWouldSpinOnIt() {
        long socketsBefore = OpenSockets.count();
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4", "5");
            f.await("worker1", c -> c.send() == 1);
            f.settle();
            Map<SocketName, SelectorReport.Row> rows = rows(f.lab);
            SelectorReport.Row worker = rows.get(SocketName.worker(1));
            assertThat(worker.interestOps()).as("SocketLab watches only READ").isEqualTo(SelectionKey.OP_READ);
            assertThat(worker.naiveInterestOps()).isEqualTo(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
            assertThat(worker.readyNow()).as("always writable").isEqualTo(SelectionKey.OP_WRITE);
            assertThat(worker.naiveReports()).as("reported by every one of the naive loop's selectNow() calls")
                    .isEqualTo(SelectorReport.ROUNDS);
            assertThat(worker.naivePerSecond()).as("the naive loop's reports per second, from its rounds' time")
                    .isPositive();
            SelectorReport.Row server = rows.get(SocketName.SERVER);
            assertThat(server.readyNow()).as("nothing waits to be accepted").isZero();
            assertThat(server.naiveReports()).as("never reported").isZero();
            assertThat(server.naivePerSecond()).isZero();
            assertThat(SelectorReport.opsText(SelectionKey.OP_READ | SelectionKey.OP_WRITE)).isEqualTo("READ | WRITE");
            assertThat(SelectorReport.opsText(0)).isEqualTo("none");

            f.lab.reset().join();
            assertThat(OpenSockets.count()).as("the probe leaves no registration that holds a socket")
                    .isEqualTo(socketsBefore);
        }
    }

    @Test
    void anUnconnectedSocketLooksReadyToANaiveLoop() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("3");
            SelectorReport.Row client = rows(f.lab).get(SocketName.client(1));
            assertThat(client.interestOps()).isZero();
            assertThat(client.readyNow()).as("POLLHUP on an unconnected socket").isNotZero();
        }
    }

    @Test
    void aClosedLabLetsItsProbesSelectorGo() {
        long before = OpenSockets.selectors();
        for (int i = 0; i < 3; i++) {
            try (LabFixture f = new LabFixture()) {
                f.clicks("1");
                assertThat(rows(f.lab)).containsKey(SocketName.SERVER);
            }
        }
        assertThat(OpenSockets.selectors()).as("each lab's selector and its probe's are closed with it")
                .isEqualTo(before);
    }
}
