package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketlab.kernel.RecordedTable.name;
import static org.socketlab.kernel.RecordedTable.row;
import static org.socketlab.kernel.RecordedTable.socket;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.LabReset;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.SocketView;

/**
 * The sampler reads the kernel on a daemon thread of its own after each update, and again on a timer only
 * while the view is transitional (here: bytes in a send queue of a recorded row). Most tests take the
 * spacing between samples away, so each update's sample runs at once; the last one keeps it.
 */
class KernelSamplerTest {
    private static final String SERVER = "127.0.0.1:11000";
    private static final String LOCAL = "127.0.0.1:50100";

    /** The rows the table gives now: the test changes them to make the view transitional or settled. */
    private final AtomicReference<List<TcpRow>> rows = new AtomicReference<>(List.of());
    private final KernelSampler sampler = new KernelSampler(new KernelReader(() -> Optional.of(rows.get())),
            Duration.ZERO);
    private final BlockingQueue<KernelView> seen = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> threads = new LinkedBlockingQueue<>();

    KernelSamplerTest() {
        sampler.addListener(view -> {
            threads.add(Thread.currentThread().getName() + (Thread.currentThread().isDaemon() ? " daemon" : ""));
            seen.add(view);
        });
    }

    @AfterEach
    void close() {
        sampler.close();
    }

    private static LabSnapshot lab(long version, String client) {
        SocketView s = socket(client, SocketState.CONNECTED, LOCAL, SERVER);
        return new LabSnapshot(version, Map.of(s.name(), s));
    }

    private static LabReset update(LabSnapshot after) {
        return new LabReset(Instant.EPOCH, "socketlab-selector", after);
    }

    private void sendQueue(long bytes) {
        rows.set(List.of(row(LOCAL, SERVER, TcpState.ESTABLISHED, bytes, 0)));
    }

    private KernelView next() throws InterruptedException {
        KernelView view = seen.poll(10, TimeUnit.SECONDS);
        assertThat(view).as("a sample within 10 s").isNotNull();
        return view;
    }

    @Test
    void aSettledLabIsSampledOnceAfterAnUpdateOnTheSamplersDaemonThreadAndLeavesNoTimer() throws Exception {
        sendQueue(0);
        sampler.onUpdate(update(lab(3, "client1")));
        KernelView view = next();
        assertThat(view.labVersion()).isEqualTo(3);
        assertThat(view.socket(name("client1")).orElseThrow().state()).isEqualTo(TcpState.ESTABLISHED);
        assertThat(view.isTransitional()).isFalse();
        assertThat(threads.poll()).isEqualTo(KernelSampler.THREAD_NAME + " daemon");
        assertThat(sampler.timerRunning()).as("a settled view sets no timer").isFalse();
        assertThat(sampler.view()).isSameAs(view);
        assertThat(sampler.samples()).isEqualTo(1);
        sampler.request();
        assertThat(next().labVersion()).as("a later request samples again").isEqualTo(3);
        assertThat(sampler.samples()).isEqualTo(2);
    }

    @Test
    void aTransitionalViewIsSampledAgainOnATimerUntilAnUpdateSettlesIt() throws Exception {
        sendQueue(5);
        sampler.onUpdate(update(lab(1, "client1")));
        assertThat(next().isTransitional()).isTrue();
        assertThat(next().isTransitional()).as("sampled again by the timer alone").isTrue();
        assertThat(sampler.timerRunning()).isTrue();
        sendQueue(0);
        sampler.request();
        KernelView settled;
        do {
            settled = next();
        } while (settled.isTransitional());
        assertThat(sampler.timerRunning()).as("the settled view stops the timer").isFalse();
    }

    @Test
    void updatesWhileTheViewIsTransitionalShareOneTimer() throws Exception {
        sendQueue(5);
        for (int version = 1; version <= 5; version++) {
            sampler.onUpdate(update(lab(version, "client1")));
            // runs on the sampler's thread after the sample this update asked for
            assertThat(sampler.timersScheduled()).as("timed samples pending after update %d", version).isEqualTo(1);
        }
        sendQueue(0);
        sampler.request();
        assertThat(sampler.timersScheduled()).as("the settled view cancels the timer").isZero();
    }

    @Test
    void theLatestSnapshotIsTheOneWithTheHighestVersionAndTheLaterOfTwoEqualOnes() throws Exception {
        sampler.onUpdate(update(lab(5, "client1")));
        sampler.onUpdate(update(lab(4, "client2")));
        sampler.onUpdate(update(lab(5, "client3")));
        sampler.timerRunning(); // runs after every sample the updates asked for
        assertThat(sampler.view().labVersion()).isEqualTo(5);
        assertThat(sampler.view().sockets()).extracting(KernelSocket::name).containsExactly(name("client3"));
    }

    @Test
    void aClosedSamplerHasNoTimerAndTakesNoRequests() {
        sampler.close();
        sampler.request();
        assertThat(sampler.timerRunning()).isFalse();
        assertThat(sampler.samples()).isZero();
    }

    @Test
    void aBurstOfUpdatesIsSampledOnceAtOnceAndOnceMoreAfterTheSpacingWithTheNewestSnapshot() throws Exception {
        // a spacing far longer than the burst takes to hand over, even on a slow machine
        try (KernelSampler spaced = new KernelSampler(new KernelReader(() -> Optional.of(rows.get())),
                Duration.ofSeconds(2))) {
            BlockingQueue<KernelView> views = new LinkedBlockingQueue<>();
            spaced.addListener(views::add);
            sendQueue(0);
            for (int version = 1; version <= 50; version++) {
                spaced.onUpdate(update(lab(version, "client1")));
                spaced.timersScheduled(); // runs on the sampler's thread after any sample already due
            }
            KernelView last;
            do {
                last = views.poll(10, TimeUnit.SECONDS);
                assertThat(last).as("a sample within 10 s").isNotNull();
            } while (last.labVersion() < 50);
            assertThat(spaced.samples()).as("the first update's sample, then one for the other 49").isEqualTo(2);
        }
    }
}
