package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.StreamPhase.Event;

/**
 * Walks every transition of the stream socket's state machine: each one that loopback can produce is
 * driven on real sockets and checked on the socket's shown state; the table itself is checked too.
 */
class StreamPhaseTest {
    /** Transitions loopback cannot produce on demand: connect() finishing or failing inside the call. */
    private static final Set<String> NOT_ON_LOOPBACK = Set.of("OPEN-CONNECTED->CONNECTED",
            "OPEN-CONNECT_FAILED->CONNECT_FAILED");

    private static String name(StreamPhase from, Event event, StreamPhase to) {
        return from + "-" + event + "->" + to;
    }

    /** Each walk ends in the named transition, checked on what the lab shows. */
    private static Map<String, Consumer<LabFixture>> walks() {
        Map<String, Consumer<LabFixture>> walks = new java.util.HashMap<>();
        walks.put(name(StreamPhase.OPEN, Event.CONNECT_PENDING, StreamPhase.CONNECTING), StreamPhaseTest::pending);
        walks.put(name(StreamPhase.CONNECTING, Event.CONNECTED, StreamPhase.CONNECTED), f -> {
            f.clicks("1", "2", "3", "4");
            f.await("client1", c -> c.connect() == 1);
            assertState(f, "client1", SocketState.CONNECTED);
        });
        walks.put(name(StreamPhase.CONNECTING, Event.CONNECT_FAILED, StreamPhase.CONNECT_FAILED), f -> {
            f.lab.updateSettings(f.lab.settings().withPort(FreePort.find()));
            f.clicks("3", "4");
            assertThat(f.await("client1", c -> c.connect() == 1).connectError()).isEqualTo(10061);
            assertState(f, "client1", SocketState.CLOSED);
        });
        walks.put(name(StreamPhase.CONNECTING, Event.CONNECT_TIMED_OUT, StreamPhase.TIMED_OUT), f -> {
            f.lab.updateSettings(f.lab.settings().withConnectTimeout(500));
            pending(f);
            assertThat(f.await("client3", c -> c.connect() == 1).connectError()).isEqualTo(10060);
            assertState(f, "client3", SocketState.CLOSED);
        });
        walks.put(name(StreamPhase.CONNECTED, Event.END_OF_STREAM, StreamPhase.PEER_CLOSED), f -> {
            connected(f);
            f.clicks("client1.close");
            assertThat(f.await("worker1", c -> c.close() == 1).closeError()).isZero();
            assertState(f, "worker1", SocketState.PEER_CLOSED);
        });
        walks.put(name(StreamPhase.CONNECTED, Event.RESET, StreamPhase.RESET), f -> {
            connected(f);
            f.clicks("client1.abort");
            assertThat(f.await("worker1", c -> c.close() == 1).closeError()).isEqualTo(10054);
            assertState(f, "worker1", SocketState.RESET);
        });
        walks.put(name(StreamPhase.PEER_CLOSED, Event.RESET, StreamPhase.RESET), f -> {
            connected(f);
            f.clicks("client1.close");
            assertThat(f.await("worker1", c -> c.close() == 1).closeError()).isZero();
            assertState(f, "worker1", SocketState.PEER_CLOSED);
            sendUntilBrokenPipe(f);
            assertState(f, "worker1", SocketState.RESET);
        });
        for (StreamPhase from : new StreamPhase[] {StreamPhase.OPEN, StreamPhase.CONNECTING, StreamPhase.CONNECTED,
                StreamPhase.PEER_CLOSED, StreamPhase.RESET}) {
            walks.put(name(from, Event.CLOSE, StreamPhase.CLOSED), f -> closeFrom(f, from, "close"));
            walks.put(name(from, Event.ABORT, StreamPhase.ABORTED), f -> closeFrom(f, from, "abort"));
        }
        return walks;
    }

    /** Backlog 1 and nobody accepting: client3's SYN gets no answer, so it stays connecting. */
    private static void pending(LabFixture f) {
        f.lab.updateSettings(f.lab.settings().withBacklog(1));
        f.clicks("1", "2", "3", "client2.init", "client3.init", "4", "client2.connect");
        f.await("client2", c -> c.connect() == 1);
        f.clicks("client3.connect");
        assertState(f, "client3", SocketState.CONNECTING);
    }

    private static void connected(LabFixture f) {
        f.clicks("1", "2", "3", "4", "5");
        f.await("worker1", c -> c.send() == 1);
        assertState(f, "worker1", SocketState.CONNECTED);
    }

    /** Brings a socket into {@code from}, then closes or aborts it; it must show CLOSED and refuse calls. */
    private static void closeFrom(LabFixture f, StreamPhase from, String how) {
        String socket = switch (from) {
            case OPEN -> {
                f.clicks("3");
                yield "client1";
            }
            case CONNECTING -> {
                pending(f);
                yield "client3";
            }
            case CONNECTED -> {
                connected(f);
                yield "worker1";
            }
            case PEER_CLOSED -> {
                connected(f);
                f.clicks("client1.close");
                f.await("worker1", c -> c.close() == 1);
                yield "worker1";
            }
            default -> {
                connected(f);
                f.clicks("client1.abort");
                f.await("worker1", c -> c.close() == 1);
                yield "worker1";
            }
        };
        assertThat(f.clicks(socket + "." + how).outcome()).isEqualTo(Outcome.OK);
        assertState(f, socket, SocketState.CLOSED);
        StepResult after = f.clicks(socket + ".receive");
        assertThat(after.errno()).isEqualTo("EBADF");
        assertThat(after.message()).contains("You closed");
    }

    /** Sends until a write() fails: the first is taken, the closed peer answers it with RST, a later one meets it. */
    private static StepResult sendUntilBrokenPipe(LabFixture f) {
        StepResult send = f.clicks("worker1.send=late");
        for (int i = 0; i < 50 && send.outcome() == Outcome.OK; i++) {
            send = f.clicks("worker1.send=later");
        }
        assertThat(send.java()).as("a later send").contains("Broken pipe");
        return send;
    }

    /**
     * Broken pipe (EPIPE) on a Send means the peer's RST has arrived: the socket is reset whether or not
     * its OnClose was posted yet. Here the client sent data and closed; the worker has not read it, so its
     * FIN is still behind the data and the worker still counts as connected until the Send meets the reset.
     */
    @Test
    void aBrokenPipeOnASendMeansTheConnectionWasReset() {
        try (LabFixture f = new LabFixture()) {
            connected(f);
            f.clicks("client1.send=unread");
            f.await("worker1", c -> c.receive() == 1);
            f.clicks("client1.close");
            assertState(f, "worker1", SocketState.CONNECTED);
            StepResult broken = sendUntilBrokenPipe(f);
            assertThat(broken.errno()).isEqualTo("EPIPE");
            assertState(f, "worker1", SocketState.RESET);
            assertThat(f.await("worker1", c -> c.close() == 1).closeError()).isEqualTo(10054);
            assertThat(f.clicks("worker1.receive").bytes()).as("the data sent before the reset").isEqualTo(6);
            StepResult end = f.clicks("worker1.receive");
            assertThat(end.endOfStream()).isTrue();
            assertThat(end.message()).contains("an earlier call already took the reset");
            assertState(f, "worker1", SocketState.RESET);
        }
    }

    private static void assertState(LabFixture f, String socket, SocketState state) {
        f.settle();
        assertThat(f.lab.snapshot().socket(SocketName.parse(socket).orElseThrow()).orElseThrow().state())
                .as("state of %s", socket).isEqualTo(state);
    }

    @Test
    void everyTransitionIsWalkedOnRealSockets() {
        Map<String, Consumer<LabFixture>> walks = walks();
        Set<String> table = new HashSet<>();
        StreamPhase.transitions().forEach((from, to) -> to.forEach((event, target) ->
                table.add(name(from, event, target))));
        Set<String> covered = new HashSet<>(walks.keySet());
        covered.addAll(NOT_ON_LOOPBACK);
        assertThat(covered).as("walks for exactly the table's transitions").isEqualTo(table);
        walks.forEach((transition, walk) -> {
            try (LabFixture f = new LabFixture()) {
                walk.accept(f);
            } catch (AssertionError e) {
                throw new AssertionError(transition + ": " + e.getMessage(), e);
            }
        });
    }

    @Test
    void aClosedSocketHasNoWayOnAndAnOpenOneCanAlwaysBeClosed() {
        Map<StreamPhase, Map<Event, StreamPhase>> table = new EnumMap<>(StreamPhase.transitions());
        for (StreamPhase phase : StreamPhase.values()) {
            for (Event event : Event.values()) {
                if (!phase.isOpen()) {
                    assertThat(phase.after(event)).as("%s after %s", phase, event).isEmpty();
                }
            }
            if (phase.isOpen()) {
                assertThat(phase.after(Event.CLOSE)).contains(StreamPhase.CLOSED);
                assertThat(phase.after(Event.ABORT)).contains(StreamPhase.ABORTED);
            }
        }
        assertThat(table).doesNotContainKeys(StreamPhase.CLOSED, StreamPhase.ABORTED, StreamPhase.CONNECT_FAILED,
                StreamPhase.TIMED_OUT);
    }

    @Test
    void onlyAConnectedPeerClosedOrResetSocketHasAConnectionToReadFrom() {
        for (StreamPhase phase : StreamPhase.values()) {
            boolean expected = phase == StreamPhase.CONNECTED || phase == StreamPhase.PEER_CLOSED
                    || phase == StreamPhase.RESET;
            assertThat(phase.hasConnection()).as("%s", phase).isEqualTo(expected);
        }
    }
}
