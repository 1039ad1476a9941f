package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the lab tells about itself: open sockets, the socket calls it made, the selector report, the failures
 * it survived, and the answer to a step no socket of that kind offers. Real sockets on loopback.
 */
class LabAccountsTest {

    @Test
    void openChannelsCountsTheSocketsStillOpen() {
        try (LabFixture f = new LabFixture()) {
            assertThat(f.lab.openChannels()).isZero();
            f.clicks("1", "3");
            assertThat(f.lab.openChannels()).isEqualTo(2);
            f.clicks("client1.close");
            assertThat(f.lab.openChannels()).as("a closed client is kept but not open").isEqualTo(1);
        }
    }

    @Test
    void initializingAnOpenSocketAgainNamesItsKind() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "3");
            assertThat(f.step("1").explanations()).containsExactly(Explanation.of("server.init.already", SocketName.SERVER));
            assertThat(f.step("3").explanations())
                    .containsExactly(Explanation.of("client.init.already", SocketName.client(1)));
        }
    }

    @Test
    void anOperationTheKindDoesNotOfferIsRefusedByName() {
        try (LabFixture f = new LabFixture()) {
            StepResult r = f.lab.run(new Step(SocketName.SERVER, Operation.CONNECT));
            assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(r.explanations()).containsExactly(
                    Explanation.of("socket.no.such.operation", SocketName.SERVER, Operation.CONNECT.word()));
        }
    }

    @Test
    void aReceiveIsRecheckedOnceNotAfterEveryLaterStep() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4", "5", "client1.send=hi", "worker1.receive");
            long own = f.lab.callCounts()[1];
            long steps = f.lab.callCounts()[0];
            f.clicks("1", "3", "1");
            assertThat(f.lab.callCounts()[1]).as("no socket call of the lab's own after steps that make none")
                    .isEqualTo(own);
            assertThat(f.lab.callCounts()[0]).as("the refused inits made no call").isEqualTo(steps);
        }
    }

    @Test
    void theSelectorReportIsReturnedAndPublished() throws Exception {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4");
            SelectorReport report = f.lab.selectorReport().get(20, TimeUnit.SECONDS);
            assertThat(report.rows()).extracting(SelectorReport.Row::socket)
                    .contains(SocketName.SERVER, SocketName.client(1));
            assertThat(f.updates).contains(report);
        }
    }

    @Test
    void aListenersFailureIsCountedAndKeptAsTheLastOne() {
        RuntimeException boom = new IllegalStateException("listener bug");
        List<LabUpdate> seen = new CopyOnWriteArrayList<>();
        try (Lab lab = Lab.start(new LabSettings("127.0.0.1", 0, 1, 16))) {
            lab.addListener(update -> {
                seen.add(update);
                throw boom;
            });
            lab.run(new Step(SocketName.SERVER, Operation.INIT));
            assertThat(seen).hasSize(1);
            assertThat(lab.unexpectedFailures()).isEqualTo(1);
            assertThat(lab.lastUnexpectedFailure()).isSameAs(boom);
        }
    }

    @Test
    void closingWhileInterruptedKeepsTheInterrupt() {
        Lab lab = Lab.start(LabSettings.defaults().withPort(0));
        Thread.currentThread().interrupt();
        try {
            lab.close();
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept").isTrue();
        } finally {
            Thread.interrupted();
            lab.close();
        }
        assertThat(lab.isRunning()).isFalse();
    }

    @Test
    void waitingForTheSelectorThreadWhileInterruptedFailsAndKeepsTheInterrupt() {
        CountDownLatch release = new CountDownLatch(1);
        try (LabFixture f = new LabFixture()) {
            // The selector thread is held in a listener, so the wait below cannot end with an answer.
            f.lab.addListener(update -> awaitUninterruptibly(release));
            f.lab.submit(new Step(SocketName.SERVER, Operation.INIT));
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(f.lab::sync).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("interrupted");
                assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept").isTrue();
            } finally {
                Thread.interrupted();
                release.countDown();
            }
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theSystemsErrorTextsBecomeKnown() {
        try (LabFixture f = new LabFixture()) {
            assertThat(f.lab.awaitErrorTexts(LabFixture.BOUND)).isTrue();
        }
    }
}
