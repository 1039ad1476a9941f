package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A connect that fails inside connect() itself (no route: ENETUNREACH) is answered by the step alone: no SYN
 * left, so no handshake ends, and no OnConnect comes (Winsock posts FD_CONNECT only for a connect that would
 * block). 255.255.255.255 is the limited broadcast address: Linux refuses a TCP connect to it at once with
 * ENETUNREACH, and nothing is sent anywhere.
 */
class ConnectFailsAtOnceTest {
    @Test
    void noRouteFailsTheStepAndPostsNoOnConnect() {
        try (LabFixture f = new LabFixture(LabSettings.defaults().withPort(7).withHost("255.255.255.255"))) {
            f.clicks("3");
            StepResult connect = f.clicks("4");
            assertThat(connect.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(connect.errno()).isEqualTo("ENETUNREACH");
            assertThat(connect.wsa()).isEqualTo(Wsa.WSAENETUNREACH);
            f.settle();
            assertThat(f.counters("client1").connect()).as("no OnConnect for a connect that failed at once").isZero();
            assertThat(f.lab.snapshot().socket(SocketName.client(1)).orElseThrow().state())
                    .as("the failed connect closed client1").isEqualTo(SocketState.CLOSED);
            StepResult again = f.clicks("4");
            assertThat(again.errno()).as("Java closed the channel").isEqualTo("EBADF");
            assertThat(again.message()).as("named as closed by the failed connect")
                    .contains("Java closed client1 when its connect failed");
            assertThat(f.counters("client1").connect()).isZero();
        }
    }
}
