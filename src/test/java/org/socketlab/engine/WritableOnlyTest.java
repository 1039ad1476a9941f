package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A socket reported only writable is not asked for data: OnSend is posted without a call of the lab's own
 * (available() or read() belong to readable reports).
 */
class WritableOnlyTest {
    @Test
    void anAcceptedWorkersOnSendCostsNoCallOfTheLabsOwn() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4");
            f.await("client1", c -> c.send() == 1);
            f.settle();
            long own = f.lab.callCounts()[1];
            f.clicks("5");
            f.await("worker1", c -> c.send() == 1);
            f.settle();
            assertThat(f.lab.callCounts()[1]).as("the worker's write readiness made no call of the lab's own")
                    .isEqualTo(own);
        }
    }
}
