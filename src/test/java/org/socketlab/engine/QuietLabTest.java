package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** {@link Lab#awaitQuiet}: round trips through the selector first, then a quiet spell, all within the bound. */
class QuietLabTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    /** Long enough that the test thread, woken by the step's answer, looks before the next notification is done. */
    private static final Duration SLOW_LISTENER = Duration.ofMillis(150);

    @Test
    void theNotificationsAConnectCausedAreCountedWhenTheLabIsQuietEvenWithNoQuietSpell() {
        try (Lab lab = Lab.start(new LabSettings("127.0.0.1", 0, LabSettings.DEFAULT_BACKLOG,
                LabSettings.DEFAULT_RECEIVE_BUFFER))) {
            // A slow listener: the notifications are still being handled when the connect step has returned.
            lab.addListener(update -> {
                if (update instanceof NotificationEvent) {
                    LockSupport.parkNanos(SLOW_LISTENER.toNanos());
                }
            });
            lab.run(new Step(SocketName.SERVER, Operation.INIT));
            lab.run(new Step(SocketName.SERVER, Operation.LISTEN));
            lab.run(new Step(SocketName.client(1), Operation.INIT));
            lab.run(new Step(SocketName.client(1), Operation.CONNECT));

            assertThat(lab.awaitQuiet(Duration.ZERO, BOUND)).isTrue();

            LabSnapshot now = lab.snapshot();
            assertThat(now.counters(SocketName.SERVER).count(Notification.ACCEPT)).as("OnAccept").isEqualTo(1);
            assertThat(now.counters(SocketName.client(1)).count(Notification.CONNECT)).as("OnConnect").isEqualTo(1);
            assertThat(now.counters(SocketName.client(1)).count(Notification.SEND)).as("OnSend").isEqualTo(1);
        }
    }

    @Test
    void aQuietSpellLongerThanTheBoundIsNotWaitedFor() {
        try (LabFixture f = new LabFixture()) {
            f.step("1");
            assertThat(f.lab.awaitQuiet(Duration.ofHours(1), Duration.ofMillis(50))).isFalse();
        }
    }
}
