package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A short write is a success, as a Winsock send() that takes part of the data is: it arms nothing. Only a
 * write() that takes nothing (would block) arms OnSend (SEMANTICS.md section 1, OnSend).
 */
class ShortWriteTest {
    private static final int PAYLOAD = 8 * 1024 * 1024;

    @Test
    void aShortWriteDoesNotArmOnSendOnlyAWriteThatTakesNothingDoes() {
        LabSettings settings = new LabSettings("127.0.0.1", 0, LabSettings.DEFAULT_BACKLOG, 1024 * 1024);
        try (LabFixture f = new LabFixture(settings)) {
            f.clicks("1", "2", "3", "4", "5");
            assertThat(f.counters("worker1").send()).as("OnSend on the accepted socket").isEqualTo(1);

            StepResult send = f.step("worker1.send#" + PAYLOAD);
            f.settle();
            assertThat(send.outcome()).as(send.message()).isEqualTo(Outcome.OK);
            assertThat(send.calls()).hasSize(1);
            long written = Long.parseLong(send.calls().get(0).returned());
            assertThat(written).as("the one write() took part of the %d bytes", PAYLOAD).isPositive()
                    .isLessThan(PAYLOAD);
            assertThat(send.bytes()).isEqualTo(written);

            // The client reads everything the short write sent: the worker's send buffer empties. Had the short
            // write armed OnSend, it would be posted now.
            long received = 0;
            for (int i = 0; i < 100_000 && received < written; i++) {
                StepResult r = f.step("client1.receive");
                assertThat(r.outcome()).as(r.message()).isIn(Outcome.OK, Outcome.WOULD_BLOCK);
                received += r.outcome() == Outcome.OK ? r.bytes() : 0;
                if (r.outcome() == Outcome.WOULD_BLOCK) {
                    f.settle();
                }
            }
            assertThat(received).as("the client read all the short write sent").isEqualTo(written);
            f.settle();
            assertThat(f.counters("worker1").send()).as("no OnSend after a short write").isEqualTo(1);

            // Sends until a write() takes nothing: that one arms OnSend, posted once the client reads.
            StepResult blocked = f.step("worker1.send*#1048576");
            assertThat(blocked.outcome()).as(blocked.message()).isEqualTo(Outcome.WOULD_BLOCK);
            for (int i = 0; i < 100_000 && f.counters("worker1").send() == 1; i++) {
                f.step("client1.receive");
            }
            f.settle();
            assertThat(f.counters("worker1").send()).as("OnSend after the write that took nothing").isEqualTo(2);
        }
    }
}
