package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What one Send answers, explanation by explanation: a whole first write, the rest of a payload dropped
 * by a new Send, a Send after this side's shutdown or close, and a repeated Send that fails.
 */
class SendRepliesTest {
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

    private static List<String> keys(StepResult r) {
        return r.explanations().stream().map(Explanation::key).toList();
    }

    @Test
    void aSendWrittenWholeAtOnceIsAPlainSuccessWithNothingDropped() {
        StepResult r = f.step("worker1.send=hi");
        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.OK);
        assertThat(r.explanations()).containsExactly(Explanation.of("send.ok", 2));
        assertThat(r.unsent()).isZero();
    }

    @Test
    void aNewSendDropsTheRestOfAShortWriteAndSaysHowMuch() {
        StepResult shortWrite = f.step("worker1.send#8388608");
        assertThat(keys(shortWrite)).as(shortWrite.message()).containsExactly("send.short");
        long rest = shortWrite.unsent();
        assertThat(rest).as("the short write left a rest").isPositive();

        StepResult next = f.step("worker1.send=x");
        assertThat(next.explanations()).as(next.message()).last().isEqualTo(Explanation.of("send.dropped", rest));
    }

    @Test
    void aSendAfterShutdownIsRefusedAsShutDownAndJavasExceptionNameIsExplained() {
        assertThat(f.step("worker1.shutdown").outcome()).isEqualTo(Outcome.OK);
        StepResult r = f.step("worker1.send=x");
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.wsa()).isEqualTo(Wsa.WSAESHUTDOWN);
        // Java throws AsynchronousCloseException here though no other thread closed anything: the name is explained
        assertThat(r.calls()).singleElement().satisfies(c -> assertThat(c.text()).contains("AsynchronousCloseException"));
        assertThat(keys(r)).as(r.message()).containsExactly("error.shutdown", "error.shutdown.name");
    }

    @Test
    void aSendAfterItsOwnCloseNamesTheCloseAndPostsNoOnClose() {
        f.clicks("worker1.close");
        StepResult r = f.step("worker1.send=x");
        assertThat(r.errno()).isEqualTo("EBADF");
        assertThat(r.wsa()).isEqualTo(Wsa.WSAENOTSOCK);
        assertThat(r.explanations()).as(r.message())
                .containsExactly(Explanation.of("error.closed.by.you", SocketName.worker(1)));
        f.settle();
        assertThat(f.counters("worker1").close()).as("no OnClose for its own close").isZero();
    }

    @Test
    void aReceiveAfterItsOwnClosePostsNoOnClose() {
        f.clicks("worker1.close");
        StepResult r = f.step("worker1.receive");
        assertThat(r.explanations()).as(r.message())
                .containsExactly(Explanation.of("error.closed.by.you", SocketName.worker(1)));
        f.settle();
        assertThat(f.counters("worker1").close()).as("no OnClose for its own close").isZero();
    }

    @Test
    void aRepeatedSendThatFailsAtOnceCountsOneWriteAndNothingTaken() {
        f.clicks("client1.abort");
        f.await("worker1", c -> c.close() == 1);
        StepResult r = f.step("worker1.send*=x");
        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.ERROR);
        assertThat(r.calls()).hasSize(1);
        assertThat(r.explanations()).last().isEqualTo(Explanation.of("send.repeat.failed", 1, 0, 0L));
    }

    @Test
    void aRepeatedSendStoppedByItsBoundSaysOnlyThatAndShowsTheFirstWrite() {
        StepResult r = f.step("worker1.send*=x");
        assertThat(keys(r)).as(r.message()).containsExactly("send.repeat.bound");
        assertThat(r.data()).isEqualTo("x".getBytes(StandardCharsets.UTF_8));
    }
}
