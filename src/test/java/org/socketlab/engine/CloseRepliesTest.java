package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a Close answers: it names what the socket was doing, and what the kernel does about it. */
class CloseRepliesTest {

    private static void assertClose(LabFixture f, String socket, String key) {
        StepResult r = f.step(socket + ".close");
        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.OK);
        assertThat(r.explanations()).as(r.message()).containsExactly(Explanation.of(key));
        assertThat(r.after().socket(SocketName.parse(socket).orElseThrow()).orElseThrow().state())
                .isEqualTo(SocketState.CLOSED);
    }

    @Test
    void aServerClosedBeforeListeningThenAgain() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1");
            assertClose(f, "server", "server.close.unbound");
            assertClose(f, "server", "close.again");
        }
    }

    @Test
    void aListeningServerWithNothingWaiting() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2");
            assertClose(f, "server", "server.close.ok");
        }
    }

    @Test
    void aServerWithAConnectionWaitingToBeAccepted() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4");
            f.await("server", c -> c.accept() == 1);
            assertClose(f, "server", "server.close.queued");
        }
    }

    @Test
    void aServerWhoseConnectionsWereAllAccepted() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4", "5");
            assertClose(f, "server", "server.close.ok");
        }
    }

    @Test
    void aClientNeverConnectedThenAgain() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("3");
            assertClose(f, "client1", "close.unconnected");
            assertClose(f, "client1", "close.again");
        }
    }

    @Test
    void aWorkerWithNothingUnread() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4", "5");
            assertClose(f, "worker1", "close.ok");
        }
    }

    @Test
    void aWorkerWithDataUnread() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4", "5", "client1.send=x");
            f.await("worker1", c -> c.receive() == 1);
            assertClose(f, "worker1", "close.unread");
        }
    }

    @Test
    void aWorkerAfterThePeersReset() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4", "5", "client1.abort");
            f.await("worker1", c -> c.close() == 1);
            assertClose(f, "worker1", "close.after.reset");
        }
    }
}
