package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResetTest {

    @Test
    void resetClosesEverythingZeroesCountersAndFreesThePort() {
        long socketsBefore = OpenSockets.count();
        try (LabFixture f = new LabFixture(new LabSettings("127.0.0.1", FreePort.find(), 10, 1024))) {
            f.clicks("1", "2", "3", "client2.init", "4", "client2.connect", "5", "5", "6");
            f.await("client1", c -> c.receive() == 1);
            assertThat(OpenSockets.count()).isGreaterThan(socketsBefore);

            f.lab.reset().join();
            assertThat(f.lab.snapshot().sockets()).isEmpty();
            assertThat(f.lab.openChannels()).isZero();
            assertThat(OpenSockets.count()).isEqualTo(socketsBefore);
            assertThat(f.updates).last().isInstanceOf(LabReset.class);

            // The same port can be listened on again at once, and numbering starts over.
            assertThat(f.clicks("1", "2").outcome()).isEqualTo(Outcome.OK);
            f.clicks("3", "4", "5");
            assertThat(f.lab.snapshot().socket(SocketName.worker(1))).isPresent();
            assertThat(f.lab.snapshot().socket(SocketName.worker(2))).isEmpty();
            f.await("server", c -> c.accept() == 1);
        }
        assertThat(OpenSockets.count()).isEqualTo(socketsBefore);
        assertThat(OpenSockets.selectorThreads()).isZero();
    }

    @Test
    void aClosedLabRefusesStepsWithoutHanging() {
        LabFixture f = new LabFixture();
        f.close();
        assertThat(f.lab.submit(new Step(SocketName.SERVER, Operation.INIT))).isCompletedExceptionally();
        assertThat(f.lab.isRunning()).isFalse();
    }
}
