package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What one Send answers, explanation by explanation: a whole first write, the rest of a payload dropped
 * by a new Send, a Send after this side's shutdown or close, and a repeated Send that fails or ends at its bound.
 */
class SendRepliesTest {

    /** A lab whose client1 and worker1 are connected. */
    private static LabFixture connected() {
        LabFixture f = new LabFixture();
        f.clicks("1", "2", "3", "4", "5");
        return f;
    }

    private static List<String> keys(StepResult r) {
        return r.explanations().stream().map(Explanation::key).toList();
    }

    @Test
    void aSendWrittenWholeAtOnceIsAPlainSuccessWithNothingDropped() {
        try (LabFixture f = connected()) {
            StepResult r = f.step("worker1.send=hi");
            assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.OK);
            assertThat(r.explanations()).containsExactly(Explanation.of("send.ok", 2));
            assertThat(r.unsent()).isZero();
        }
    }

    @Test
    void aNewSendDropsTheRestOfAShortWriteAndSaysHowMuch() {
        try (LabFixture f = connected()) {
            StepResult shortWrite = f.step("worker1.send#8388608");
            assertThat(keys(shortWrite)).as(shortWrite.message()).containsExactly("send.short");
            long rest = shortWrite.unsent();
            assertThat(rest).as("the short write left a rest").isPositive();

            StepResult next = f.step("worker1.send=x");
            assertThat(next.explanations()).as(next.message()).last()
                    .isEqualTo(Explanation.of("send.dropped", rest));
        }
    }

    @Test
    void theSendThatWritesTheLastOfAShortWriteSaysItFinishedTheEarlierOne() {
        try (LabFixture f = connected()) {
            StepResult r = f.step("worker1.send#8388608");
            assertThat(keys(r)).as(r.message()).containsExactly("send.short");
            for (int i = 0; i < 100_000 && r.unsent() > 0; i++) {
                f.step("client1.receive");
                r = f.step("worker1.send"); // no text of its own: it goes on with the rest
            }
            assertThat(r.unsent()).as("the rest was written").isZero();
            assertThat(keys(r)).as(r.message()).containsExactly("send.ok.rest");
        }
    }

    @Test
    void aSendAfterShutdownIsRefusedAsShutDownAndJavasExceptionNameIsExplained() {
        try (LabFixture f = connected()) {
            assertThat(f.step("worker1.shutdown").outcome()).isEqualTo(Outcome.OK);
            StepResult r = f.step("worker1.send=x");
            assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(r.wsa()).isEqualTo(Wsa.WSAESHUTDOWN);
            // Java throws AsynchronousCloseException though no other thread closed anything: the name is explained
            assertThat(r.calls()).singleElement()
                    .satisfies(c -> assertThat(c.text()).contains("AsynchronousCloseException"));
            assertThat(keys(r)).as(r.message()).containsExactly("error.shutdown", "error.shutdown.name");
        }
    }

    @Test
    void aSendOrReceiveAfterItsOwnCloseNamesTheCloseAndPostsNoOnClose() {
        try (LabFixture f = connected()) {
            f.clicks("worker1.close");
            for (String step : List.of("worker1.send=x", "worker1.receive")) {
                StepResult r = f.step(step);
                assertThat(r.errno()).as(step).isEqualTo("EBADF");
                assertThat(r.wsa()).as(step).isEqualTo(Wsa.WSAENOTSOCK);
                assertThat(r.explanations()).as(r.message())
                        .containsExactly(Explanation.of("error.closed.by.you", SocketName.worker(1)));
                f.settle();
                assertThat(f.counters("worker1").close()).as("no OnClose for its own close").isZero();
            }
        }
    }

    @Test
    void aRepeatedSendThatFailsAtOnceCountsOneWriteAndNothingTaken() {
        try (LabFixture f = connected()) {
            f.clicks("client1.abort");
            f.await("worker1", c -> c.close() == 1);
            StepResult r = f.step("worker1.send*=x");
            assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.ERROR);
            assertThat(r.calls()).hasSize(1);
            assertThat(r.explanations()).last().isEqualTo(Explanation.of("send.repeat.failed", 1, 0, 0L));
        }
    }

    @Test
    void aRepeatedSendStoppedByItsBoundSaysOnlyThatAndShowsTheFirstWrite() {
        try (LabFixture f = connected()) {
            StepResult r = f.step("worker1.send*=x");
            assertThat(keys(r)).as(r.message()).containsExactly("send.repeat.bound");
            assertThat(r.data()).isEqualTo("x".getBytes(StandardCharsets.UTF_8));
        }
    }
}
