package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * {@link Lab#awaitSettled}: the lab counts as settled when the kernel reports nothing ready that the
 * selector thread has not handled, not after a pause. Real sockets on loopback.
 */
class SettledLabTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final int CLIENTS = 40;
    private static final Duration SLOW_LISTENER = Duration.ofMillis(3);

    @Test
    void everyNotificationOfManyConnectsHasArrivedWhenTheLabIsSettled() {
        try (Lab lab = Lab.start(new LabSettings("127.0.0.1", 0, LabSettings.DEFAULT_BACKLOG,
                LabSettings.DEFAULT_RECEIVE_BUFFER))) {
            // A slow listener keeps the selector thread busy with each notification, so they are still
            // being handled when the connects have returned: only waiting for the kernel to report nothing
            // more finds them all counted.
            lab.addListener(update -> {
                if (update instanceof NotificationEvent) {
                    LockSupport.parkNanos(SLOW_LISTENER.toNanos());
                }
            });
            lab.run(new Step(SocketName.SERVER, Operation.INIT));
            lab.run(new Step(SocketName.SERVER, Operation.LISTEN));
            List<CompletableFuture<StepResult>> connects = new ArrayList<>();
            for (int i = 1; i <= CLIENTS; i++) {
                lab.submit(new Step(SocketName.client(i), Operation.INIT));
                connects.add(lab.submit(new Step(SocketName.client(i), Operation.CONNECT)));
            }
            connects.forEach(CompletableFuture::join);

            assertThat(lab.awaitSettled(BOUND)).as("settled").isTrue();

            // No waiting after it: what the kernel reported is counted already.
            LabSnapshot now = lab.snapshot();
            for (int i = 1; i <= CLIENTS; i++) {
                Counters c = now.counters(SocketName.client(i));
                assertThat(c.count(Notification.CONNECT)).as("client%d OnConnect", i).isEqualTo(1);
                assertThat(c.count(Notification.SEND)).as("client%d OnSend", i).isEqualTo(1);
            }
            assertThat(now.counters(SocketName.SERVER).count(Notification.ACCEPT)).as("OnAccept, posted once").isEqualTo(1);
        }
    }

    @Test
    void anIdleLabIsSettledAtOnce() {
        try (Lab lab = Lab.start(new LabSettings("127.0.0.1", 0, LabSettings.DEFAULT_BACKLOG,
                LabSettings.DEFAULT_RECEIVE_BUFFER))) {
            lab.run(new Step(SocketName.SERVER, Operation.INIT));
            long published = lab.snapshot().version();
            assertThat(lab.awaitSettled(BOUND)).isTrue();
            assertThat(lab.snapshot().version()).as("settling publishes nothing").isEqualTo(published);
        }
    }
    /**
     * Backlog 1: Linux lets two connections wait to be accepted and drops the third one's SYN, so client3's
     * connect stays pending (SYN_SENT) until the lab's connect timeout ends it.
     */
    private static Lab labWithAPendingConnect(int connectTimeoutMillis) {
        Lab lab = Lab.start(new LabSettings("127.0.0.1", 0, 1, LabSettings.DEFAULT_RECEIVE_BUFFER)
                .withConnectTimeout(connectTimeoutMillis));
        lab.run(new Step(SocketName.SERVER, Operation.INIT));
        lab.run(new Step(SocketName.SERVER, Operation.LISTEN));
        for (int i = 1; i <= 3; i++) {
            lab.run(new Step(SocketName.client(i), Operation.INIT));
            lab.run(new Step(SocketName.client(i), Operation.CONNECT));
        }
        return lab;
    }

    @Test
    void aConnectThePeerNeverAnswersKeepsTheLabUnsettledUntilTheBound() {
        try (Lab lab = labWithAPendingConnect(LabSettings.MAX_CONNECT_TIMEOUT)) {
            assertThat(lab.awaitSettled(Duration.ofMillis(300))).as("settled while client3 still connects").isFalse();
            assertThat(lab.snapshot().counters(SocketName.client(3)).count(Notification.CONNECT)).isZero();
        }
    }

    @Test
    void aPendingConnectIsWaitedForWithoutSpinningUntilItsTimeoutEndsIt() {
        try (Lab lab = labWithAPendingConnect(500)) {
            long wakeups = lab.selectorWakeups();
            assertThat(lab.awaitSettled(BOUND)).as("settled").isTrue();
            Counters c = lab.snapshot().counters(SocketName.client(3));
            assertThat(c.count(Notification.CONNECT)).as("client3's OnConnect (timed out) has arrived").isEqualTo(1);
            assertThat(lab.selectorWakeups() - wakeups).as("selector wake-ups while waiting for the timeout")
                    .isLessThan(200);
        }
    }
}
