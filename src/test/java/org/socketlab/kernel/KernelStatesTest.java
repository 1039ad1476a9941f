package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.StepResult;

/**
 * The kernel's TCP states and queues along the lab's steps, read from this machine's /proc/net/tcp on
 * real loopback sockets.
 */
class KernelStatesTest {
    @BeforeAll
    static void linux() {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "no /proc/net/tcp here: the kernel view is inferred");
    }

    @Test
    void theSevenStepsMoveTheKernelFromNothingToEstablished() {
        try (KernelLab k = new KernelLab()) {
            k.clicks("1");
            assertThat(k.socket("server").state()).isEqualTo(TcpState.CLOSED);
            k.clicks("2");
            KernelSocket server = k.socket("server");
            assertThat(server.state()).isEqualTo(TcpState.LISTEN);
            assertThat(server.recvQueue()).as("accept queue").isZero();
            assertThat(server.backlog()).isPositive();
            k.clicks("3");
            assertThat(k.socket("client1").state()).isEqualTo(TcpState.CLOSED);
            k.clicks("4");
            KernelView connected = k.awaitState("client1", TcpState.ESTABLISHED);
            assertThat(connected.accepting()).as("the handshake completed before Accept").hasSize(1);
            assertThat(connected.accepting().get(0).state()).isEqualTo(TcpState.ESTABLISHED);
            assertThat(connected.socket(org.socketlab.engine.SocketName.SERVER).orElseThrow().recvQueue())
                    .as("the listener's accept queue").isEqualTo(1);
            k.clicks("5");
            KernelView accepted = k.awaitState("worker1", TcpState.ESTABLISHED);
            assertThat(accepted.accepting()).isEmpty();
            StepResult sent = k.clicks("6");
            long bytes = sent.bytes();
            assertThat(bytes).isPositive();
            k.await("the sent bytes waiting in client1's receive queue",
                    v -> v.socket(name("client1")).orElseThrow().recvQueue() == bytes);
            k.clicks("7");
            k.await("client1's receive queue empty after Receive",
                    v -> v.socket(name("client1")).orElseThrow().recvQueue() == 0);
            assertThat(k.view().isTransitional()).as("nothing moves after 1-7").isFalse();
        }
    }

    @Test
    void twelveBytesWaitInRecvQUntilReceive() {
        try (KernelLab k = new KernelLab()) {
            k.clicks("1", "2", "3", "4", "5", "worker1.send=hello, world");
            k.await("Recv-Q 12", v -> v.socket(name("client1")).orElseThrow().recvQueue() == 12);
            assertThat(k.socket("worker1").sendQueue()).as("loopback acknowledges at once").isZero();
            k.clicks("7");
            k.await("Recv-Q 0", v -> v.socket(name("client1")).orElseThrow().recvQueue() == 0);
        }
    }

    @Test
    void aBulkSendToAnIdleClientStaysInTheWorkersSendQueue() {
        try (KernelLab k = new KernelLab()) {
            k.clicks("1", "2", "3", "4", "5", "worker1.send#8000000");
            KernelView full = k.await("worker1 Send-Q > 0", v -> v.socket(name("worker1")).orElseThrow().sendQueue() > 0);
            assertThat(full.socket(name("client1")).orElseThrow().recvQueue()).isPositive();
            assertThat(full.isTransitional()).as("bytes waiting keep the sampler awake").isTrue();
        }
    }

    @Test
    void connectionsWaitInTheAcceptQueueBeforeStepFive() {
        try (KernelLab k = new KernelLab()) {
            k.clicks("1", "2", "3", "4", "client2.init", "client2.connect");
            KernelView queued = k.await("two connections in the accept queue", v -> v.accepting().size() == 2);
            assertThat(queued.socket(org.socketlab.engine.SocketName.SERVER).orElseThrow().recvQueue()).isEqualTo(2);
            assertThat(queued.accepting()).extracting(QueuedConnection::remote)
                    .containsExactlyInAnyOrder(k.lab.snapshot().socket(name("client1")).orElseThrow().local(),
                            k.lab.snapshot().socket(name("client2")).orElseThrow().local());
            assertThat(queued.isTransitional()).isTrue();
            k.clicks("5");
            KernelView one = k.await("one left after one Accept", v -> v.accepting().size() == 1);
            assertThat(one.socket(name("worker1")).orElseThrow().state()).isEqualTo(TcpState.ESTABLISHED);
        }
    }

    @Test
    void theClientClosesFirstAndKeepsTimeWait() {
        try (KernelLab k = new KernelLab()) {
            k.clicks("1", "2", "3", "4", "5", "client1.close");
            KernelView halfClosed = k.awaitState("client1", TcpState.FIN_WAIT2);
            KernelSocket client = halfClosed.socket(name("client1")).orElseThrow();
            assertThat(client.afterClose()).as("closed by the lab, kept by the kernel").isTrue();
            assertThat(halfClosed.socket(name("worker1")).orElseThrow().state()).isEqualTo(TcpState.CLOSE_WAIT);
            // The worker stays in CLOSE_WAIT for as long as it does not close.
            k.clicks("worker1.receive");
            assertThat(k.socket("worker1").state()).isEqualTo(TcpState.CLOSE_WAIT);
            k.clicks("worker1.close");
            KernelView timeWait = k.awaitState("client1", TcpState.TIME_WAIT);
            KernelSocket waiting = timeWait.socket(name("client1")).orElseThrow();
            assertThat(waiting.afterClose()).isTrue();
            assertThat(waiting.timerMillis()).as("time left in TIME_WAIT").isBetween(1L, 60_000L);
            assertThat(timeWait.socket(name("worker1")).orElseThrow().state())
                    .isIn(TcpState.LAST_ACK, TcpState.CLOSED);
            k.awaitState("worker1", TcpState.CLOSED);
        }
    }

    @Test
    void anAbortLeavesNoTimeWait() {
        try (KernelLab k = new KernelLab()) {
            k.clicks("1", "2", "3", "4", "5", "client1.abort");
            k.awaitState("worker1", TcpState.CLOSED);
            KernelView after = k.view();
            assertThat(after.socket(name("client1")).orElseThrow().state()).isEqualTo(TcpState.CLOSED);
            assertThat(after.earlier()).isEmpty();
            assertThat(after.isTransitional()).isFalse();
        }
    }

    @Test
    void aResetLabStillShowsTheConnectionTheKernelKeeps() {
        try (KernelLab k = new KernelLab()) {
            k.clicks("1", "2", "3", "4", "5", "client1.close", "worker1.close");
            k.awaitState("client1", TcpState.TIME_WAIT);
            k.lab.reset().join();
            KernelView forgotten = k.view();
            assertThat(forgotten.sockets()).isEmpty();
            assertThat(forgotten.earlier()).extracting(KernelSocket::name, KernelSocket::state)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(name("client1"), TcpState.TIME_WAIT));
        }
    }

    @Test
    void withoutAKernelTableTheStatesAreInferred() {
        try (KernelLab k = new KernelLab(new KernelReader(java.util.Optional::empty))) {
            k.clicks("1", "2", "3", "4", "5");
            KernelView inferred = k.view();
            assertThat(inferred.inferred()).isTrue();
            assertThat(inferred.sockets()).allMatch(KernelSocket::inferred);
            assertThat(inferred.sockets()).extracting(KernelSocket::state)
                    .containsExactly(TcpState.LISTEN, TcpState.ESTABLISHED, TcpState.ESTABLISHED);
            k.clicks("client1.close");
            k.await("worker1 inferred in CLOSE_WAIT once the lab saw the FIN",
                    v -> v.socket(name("worker1")).orElseThrow().state() == TcpState.CLOSE_WAIT);
            assertThat(List.of(k.socket("client1").state())).containsExactly(TcpState.CLOSED);
        }
    }

    private static org.socketlab.engine.SocketName name(String text) {
        return org.socketlab.engine.SocketName.parse(text).orElseThrow();
    }
}
