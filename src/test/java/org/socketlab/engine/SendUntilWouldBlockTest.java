package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The step SOCKET.send*: Send repeated, one write() each, until a write() would block, within a bound. */
class SendUntilWouldBlockTest {
    private LabFixture f;

    @BeforeEach
    void start() {
        f = new LabFixture();
        f.clicks("1", "2", "3", "4", "5");
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void repeatsOneWritePerSendUntilAWriteTakesNothing() {
        StepResult r = f.step("worker1.send*#1048576");
        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.WOULD_BLOCK);
        assertThat(r.errno()).isEqualTo("EAGAIN");
        assertThat(r.wsa()).isEqualTo(Wsa.WSAEWOULDBLOCK);
        assertThat(r.calls()).as("only write() calls").allMatch(c -> c.method().equals("write"));
        Call last = r.calls().get(r.calls().size() - 1);
        assertThat(last.returned()).as("the last write() took nothing").isEqualTo("0");
        long sum = 0;
        for (Call c : r.calls().subList(0, r.calls().size() - 1)) {
            assertThat(Long.parseLong(c.returned())).as("every write() before the last took something").isPositive();
            sum += Long.parseLong(c.returned());
        }
        assertThat(r.bytes()).as("the bytes of all its writes").isEqualTo(sum).isPositive();
        assertThat(r.message()).contains(String.format("%,d writes", r.calls().size()));
        Explanation said = r.explanations().get(0);
        assertThat(r.explanations()).as("only what the repetition did").hasSize(1);
        assertThat(said.key()).isEqualTo("send.repeat.blocked");
        assertThat(said.args().subList(0, 2)).as("writes, of which took something")
                .containsExactly(r.calls().size(), r.calls().size() - 1);
    }

    @Test
    void theWriteThatTakesNothingArmsOnSendAsASendThatWouldBlockDoes() {
        assertThat(f.step("worker1.send*#1048576").outcome()).isEqualTo(Outcome.WOULD_BLOCK);
        int before = f.counters("worker1").send();
        // The client drains everything; once there is room again the armed OnSend is posted.
        for (int i = 0; i < 100_000 && f.counters("worker1").send() == before; i++) {
            f.step("client1.receive");
        }
        assertThat(f.counters("worker1").send()).isEqualTo(before + 1);
    }

    @Test
    void anArmedOnSendWaitsForRoomNotForData() {
        assertThat(f.step("worker1.send*#1048576").outcome()).isEqualTo(Outcome.WOULD_BLOCK);
        int before = f.counters("worker1").send();
        // The worker becomes readable, not writable: the client reads nothing, so no room opens.
        f.clicks("client1.send=x");
        f.await("worker1", c -> c.receive() == 1);
        f.settle();
        assertThat(f.counters("worker1").send()).as("no OnSend without room").isEqualTo(before);
    }

    @Test
    void stopsAfterItsBoundWhenNothingWouldBlock() {
        StepResult r = f.step("worker1.send*=x");
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(r.calls()).hasSize(Payload.UntilWouldBlock.MAX_WRITES);
        assertThat(r.bytes()).isEqualTo(Payload.UntilWouldBlock.MAX_WRITES);
        assertThat(r.message()).contains("stops after " + String.format("%,d", Payload.UntilWouldBlock.MAX_WRITES)
                + " writes");
    }

    @Test
    void anOrdinarySendIsStillOneWrite() {
        StepResult r = f.step("worker1.send#8388608");
        assertThat(r.calls()).hasSize(1);
        assertThat(r.message()).doesNotContain("repeated");
    }
}
