package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/**
 * A connection that arrives while OnAccept is enabled posts OnAccept, even when an Accept already queued takes
 * it before the selector thread's next {@code select()}: Windows posts FD_ACCEPT when the connection arrives,
 * not when the program next looks. Found with a class connecting as fast as the teacher accepts (30 accepts
 * counted 29 OnAccepts). The selector thread is held by a listener while the connection arrives and the
 * Accept is queued, so no {@code select()} comes between them.
 */
class EventsBeforeTheStepTest {
    @Test
    void aConnectionThatArrivedBeforeAQueuedAcceptIsCountedBeforeTheAcceptTakesIt() throws Exception {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4");
            f.await("server", c -> c.accept() == 1);
            f.clicks("5");
            f.settle();
            assertThat(f.counters("server").accept()).isEqualTo(1);
            String server = f.lab.snapshot().socket(SocketName.SERVER).orElseThrow().local();
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));

            try (Socket student = new Socket()) {
                // client 1's Send holds the selector thread; meanwhile a student connects (the handshake needs
                // no select()) and the Accept is queued behind it
                ReceiveBeforeSelectorTest.OnePass pass = ReceiveBeforeSelectorTest.inOnePass(f,
                        () -> student.connect(new InetSocketAddress("127.0.0.1", port), 5_000), "6", "5");
                StepResult accepted = pass.results().get(1);
                assertThat(accepted.outcome()).isEqualTo(Outcome.OK);
                assertThat(accepted.after().counters(SocketName.SERVER).accept())
                        .as("OnAccept for the second connection, posted before the Accept that took it").isEqualTo(2);
                f.settle();
                assertThat(f.counters("server").accept()).isEqualTo(2);
            }
        }
    }
}
