package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.SelectionKey;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An idle lab with every socket connected must not spin: Java's selector is level-triggered. */
class IdleLabTest {

    @Test
    void anIdleConnectedLabBarelyWakesTheSelector() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "client2.init", "4", "client2.connect", "5", "5", "6", "worker2.send=x");
            f.await("client2", c -> c.receive() == 1);
            f.await("worker2", c -> c.send() == 1);
            f.settle();
            long before = f.lab.selectorWakeups();
            // A full second in which nothing is published; the few round trips awaitQuiet itself makes are allowed.
            assertThat(f.lab.awaitQuiet(Duration.ofSeconds(1), Duration.ofSeconds(30))).isTrue();
            long wakeups = f.lab.selectorWakeups() - before;
            assertThat(wakeups).as("selector wake-ups in one idle second").isLessThanOrEqualTo(5);

            // Unread data (OnReceive posted, not yet re-enabled) and connected sockets keep OP_WRITE off.
            f.lab.interestOps().forEach((name, ops) ->
                    assertThat(ops & SelectionKey.OP_WRITE).as("%s must not watch OP_WRITE when idle", name).isZero());
        }
    }

    @Test
    void anIdleLabWithAPeerAtEndOfStreamDoesNotSpin() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4", "5", "client1.shutdown");
            f.await("worker1", c -> c.close() == 1);
            f.settle();
            long before = f.lab.selectorWakeups();
            assertThat(f.lab.awaitQuiet(Duration.ofSeconds(1), Duration.ofSeconds(30))).isTrue();
            assertThat(f.lab.selectorWakeups() - before).isLessThanOrEqualTo(5);
            assertThat(f.lab.interestOps().get(SocketName.worker(1)) & SelectionKey.OP_READ)
                    .as("OP_READ at EOF would fire forever").isZero();
        }
    }
}
