package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.SelectionKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * What a Receive settles by itself, before the selector thread looks at the socket again: OnReceive posted
 * again at once for data still waiting, the end of stream or a reset its read() met first, and the interest
 * set left as the socket's state calls for. The steps run back to back on the selector thread (held by a
 * listener while they are queued), so no select() of the loop comes between them to do the work instead; each
 * step only catches up first with what the kernel already reported ready ({@code SelectorLoop.catchUp}).
 */
class ReceiveBeforeSelectorTest {
    private static final SocketName WORKER = SocketName.worker(1);

    /** Work done on the test's thread while the selector thread is held. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** The results of steps that ran with no select() between them, and a selector report made right after. */
    record OnePass(List<StepResult> results, SelectorReport report) {
        SocketView worker(int step) {
            return results.get(step).after().socket(WORKER).orElseThrow();
        }

        SelectorReport.Row workerRow() {
            return report.rows().stream().filter(r -> r.socket().equals(WORKER)).findFirst().orElseThrow();
        }
    }

    private static Step parse(String text) {
        try {
            return ((ScriptStep.Action) StepLanguage.parse(text)).step();
        } catch (StepSyntaxException e) {
            throw new AssertionError(text, e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(LabFixture.BOUND.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Holds the selector thread in the first step's publication while the others and a report are queued. */
    static OnePass inOnePass(LabFixture f, String... texts) throws Exception {
        return inOnePass(f, () -> { }, texts);
    }

    /** As {@link #inOnePass(LabFixture, String...)}, doing {@code whileHeld} while the selector thread is held. */
    static OnePass inOnePass(LabFixture f, ThrowingRunnable whileHeld, String... texts) throws Exception {
        Step first = parse(texts[0]);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean held = new AtomicBoolean();
        LabListener hold = update -> {
            if (update instanceof StepResult r && r.step() == first && held.compareAndSet(false, true)) {
                holding.countDown();
                await(release);
            }
        };
        f.lab.addListener(hold);
        try {
            List<CompletableFuture<StepResult>> queued = new ArrayList<>();
            queued.add(f.lab.submit(first));
            await(holding);
            whileHeld.run();
            for (int i = 1; i < texts.length; i++) {
                queued.add(f.lab.submit(parse(texts[i])));
            }
            CompletableFuture<SelectorReport> report = f.lab.selectorReport();
            release.countDown();
            List<StepResult> results = new ArrayList<>();
            for (CompletableFuture<StepResult> q : queued) {
                results.add(q.get(LabFixture.BOUND.toMillis(), TimeUnit.MILLISECONDS));
            }
            return new OnePass(results, report.get(LabFixture.BOUND.toMillis(), TimeUnit.MILLISECONDS));
        } finally {
            release.countDown();
            f.lab.removeListener(hold);
        }
    }

    @Test
    void dataLeftAfterAReceivePostsOnReceiveAgainRightAfterItsResult() throws Exception {
        try (LabFixture f = new LabFixture(new LabSettings("127.0.0.1", 0, LabSettings.DEFAULT_BACKLOG, 4))) {
            f.clicks("1", "2", "3", "4", "5", "client1.send=hello world");
            f.await("worker1", c -> c.receive() == 1);

            OnePass pass = inOnePass(f, "worker1.receive");
            assertThat(pass.results().get(0).bytes()).isEqualTo(4);
            assertThat(pass.report().after().counters(WORKER).receive()).as("OnReceive posted again").isEqualTo(2);
            SelectorReport.Row row = pass.workerRow();
            assertThat(row.interestOps() & SelectionKey.OP_READ).as("no OP_READ while OnReceive is posted").isZero();
            assertThat(row.naiveInterestOps()).as("a naive loop watches both ways")
                    .isEqualTo(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
    }

    @Test
    void aReceiveThatMeetsTheEndOfStreamFirstPostsOnCloseAndStopsWatching() throws Exception {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4", "5", "client1.send=x");
            f.await("worker1", c -> c.receive() == 1);
            f.clicks("client1.shutdown"); // the FIN arrives while the worker, OnReceive posted, watches nothing

            OnePass pass = inOnePass(f, "worker1.receive", "worker1.receive");
            assertThat(pass.results().get(0).bytes()).isEqualTo(1);
            StepResult eof = pass.results().get(1);
            assertThat(eof.explanations()).containsExactly(Explanation.of("receive.eof"));
            assertThat(eof.endOfStream()).isTrue();
            assertThat(pass.worker(1).state()).isEqualTo(SocketState.PEER_CLOSED);
            assertThat(pass.workerRow().interestOps()).as("nothing left to watch").isZero();
            assertThat(f.await("worker1", c -> c.close() == 1).closeError()).isZero();
            f.settle();
            assertThat(f.counters("worker1").close()).isEqualTo(1);
        }
    }

    /**
     * The send makes the worker readable; the server's close asks the kernel what is ready (to let its key go)
     * and finds the worker; the receive comes before any select(). The data arrived before the receive, so
     * OnReceive is posted before it (Windows posts FD_READ when data arrives), once, and never again for the
     * data the receive took.
     */
    @Test
    void dataThatArrivedBeforeAReceiveIsPostedOnceBeforeItAndNotAgainAfter() throws Exception {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4", "5");
            long ownCalls = f.lab.callCounts()[1];
            OnePass pass = inOnePass(f, "client1.send=hi", "server.close", "worker1.receive");
            StepResult received = pass.results().get(2);
            assertThat(received.bytes()).isEqualTo(2);
            assertThat(received.after().counters(WORKER).receive()).as("OnReceive, before the receive").isEqualTo(1);
            f.settle();
            assertThat(f.lab.callCounts()[1]).as("the selector thread's own calls: OnReceive's check that data, not "
                    + "an end of stream, waits (available), and the receive's check for more data (available); none on "
                    + "a stale readiness (available() and a read() that could take a byte that arrived meanwhile)")
                    .isEqualTo(ownCalls + 2);
            assertThat(f.counters("worker1").receive()).as("no OnReceive for data already read").isEqualTo(1);
            assertThat(f.step("worker1.receive").outcome()).isEqualTo(Outcome.WOULD_BLOCK);
        }
    }

    @Test
    void aReceiveThatMeetsTheResetFirstPostsOnCloseWithTheReset() throws Exception {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4", "5", "client1.send=x");
            f.await("worker1", c -> c.receive() == 1);
            f.clicks("client1.abort");

            OnePass pass = inOnePass(f, "worker1.receive", "worker1.receive");
            int failed = pass.results().get(0).outcome() == Outcome.ERROR ? 0 : 1;
            StepResult reset = pass.results().get(failed);
            assertThat(reset.outcome()).as(reset.message()).isEqualTo(Outcome.ERROR);
            assertThat(reset.wsa()).isEqualTo(Wsa.WSAECONNRESET);
            assertThat(pass.worker(failed).state()).isEqualTo(SocketState.RESET);
            assertThat(f.await("worker1", c -> c.close() == 1).closeError()).isEqualTo(Wsa.WSAECONNRESET.code());
        }
    }
}
