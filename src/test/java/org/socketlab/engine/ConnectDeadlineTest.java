package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A connect's deadline ends with its handshake: a client that connected in time never times out later. */
class ConnectDeadlineTest {
    private static final int TIMEOUT_MILLIS = 200;

    @Test
    void aClientConnectedInTimeKeepsItsConnectionPastTheDeadline() {
        try (LabFixture f = new LabFixture()) {
            f.lab.updateSettings(f.lab.settings().withConnectTimeout(TIMEOUT_MILLIS));
            f.clicks("1", "2", "3", "4");
            f.await("client1", c -> c.connect() == 1);
            // Quiet for three times the timeout: a deadline still running would have posted OnConnect (WSAETIMEDOUT).
            assertThat(f.lab.awaitQuiet(Duration.ofMillis(3L * TIMEOUT_MILLIS), LabFixture.BOUND)).isTrue();
            Counters c = f.counters("client1");
            assertThat(c.connect()).isEqualTo(1);
            assertThat(c.connectError()).isZero();
            assertThat(f.lab.snapshot().socket(SocketName.client(1)).orElseThrow().state())
                    .isEqualTo(SocketState.CONNECTED);
        }
    }
}
