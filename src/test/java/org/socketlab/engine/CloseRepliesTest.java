package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a Close answers: it names what the socket was doing, and what the kernel does about it. */
class CloseRepliesTest {

    /** What to wait for before the Close, on the socket {@code waitOn}: nothing, OnAccept, OnReceive, OnClose. */
    private static Predicate<Counters> waited(String what) {
        return switch (what) {
            case "accept" -> c -> c.accept() == 1;
            case "receive" -> c -> c.receive() == 1;
            case "close" -> c -> c.close() == 1;
            default -> c -> true;
        };
    }

    @ParameterizedTest(name = "{0} after {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            server  | 1                             | -             | server.close.unbound
            server  | 1 server.close                | -             | close.again
            server  | 1 2                           | -             | server.close.ok
            server  | 1 2 3 4                       | server accept | server.close.queued
            server  | 1 2 3 4 5                     | -             | server.close.ok
            client1 | 3                             | -             | close.unconnected
            client1 | 3 client1.close               | -             | close.again
            worker1 | 1 2 3 4 5                     | -             | close.ok
            worker1 | 1 2 3 4 5 client1.send=x      | worker1 receive | close.unread
            worker1 | 1 2 3 4 5 client1.abort       | worker1 close | close.after.reset
            """)
    void closeNamesWhatTheSocketWasDoing(String socket, String clicks, String waitFor, String key) {
        try (LabFixture f = new LabFixture()) {
            f.clicks(clicks.split(" "));
            if (!waitFor.equals("-")) {
                String[] on = waitFor.split(" ");
                f.await(on[0], waited(on[1]));
            }
            StepResult r = f.step(socket + ".close");
            assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.OK);
            assertThat(r.explanations()).as(r.message()).containsExactly(Explanation.of(key));
            assertThat(r.after().socket(SocketName.parse(socket).orElseThrow()).orElseThrow().state())
                    .isEqualTo(SocketState.CLOSED);
        }
    }
}
