package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketlab.kernel.RecordedTable.name;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the kernel does not finish by itself, on views as Linux's table gives them: a connect whose SYN a listener
 * of the lab left unanswered (held for good while the accept queue is full), and a FIN behind unsent bytes.
 */
class HeldConnectsTest {
    private static final String SERVER = "127.0.0.1:11000";

    private static KernelSocket listener(String local, long queued, int backlog) {
        return new KernelSocket(name("server"), local, "", TcpState.LISTEN, 0, queued, backlog, -1, false, false);
    }

    private static KernelSocket client(String name, TcpState state, String remote, long sendQueue) {
        return new KernelSocket(name(name), "127.0.0.1:50100", remote, state, sendQueue, 0, 0, -1, false, false);
    }

    private static KernelView linux(KernelSocket... sockets) {
        return new KernelView(1, Instant.EPOCH, List.of(sockets), List.of(), List.of(), KernelSource.PROC_NET_TCP);
    }

    @Test
    void aSynSentToTheLabsListenerIsHeldByItsQueueOnlyWhileTheQueueHoldsMoreThanTheBacklog() {
        KernelSocket waiting = client("client3", TcpState.SYN_SENT, SERVER, 1);
        assertThat(linux(listener(SERVER, 2, 1), waiting).connectsHeldByFullQueue()).containsExactly(name("client3"));
        assertThat(linux(listener(SERVER, 1, 1), waiting).connectsHeldByFullQueue()).isEmpty();
        assertThat(linux(listener(SERVER, 1, 1), waiting).connectsToTheLab()).containsExactly(name("client3"));
    }

    @Test
    void aListenerOnEveryAddressServesTheLoopbackConnectAndAnotherPortOrHostIsNotTheLabs() {
        assertThat(linux(listener("0.0.0.0:11000", 2, 1), client("client3", TcpState.SYN_SENT, SERVER, 1))
                .connectsHeldByFullQueue()).containsExactly(name("client3"));
        assertThat(linux(listener(SERVER, 2, 1), client("client3", TcpState.SYN_SENT, "10.0.0.9:11000", 1),
                client("client4", TcpState.SYN_SENT, "127.0.0.1:11001", 1)).connectsToTheLab()).isEmpty();
    }

    @Test
    void onlyAnUnansweredConnectCounts() {
        KernelSocket unmatched = KernelSocket.unmatched(name("client5"), SERVER);
        assertThat(linux(listener(SERVER, 2, 1), client("client3", TcpState.ESTABLISHED, SERVER, 0), unmatched)
                .connectsHeldByFullQueue()).containsExactly(name("client5"));
    }

    @Test
    void otherTablesHoldNoConnectByTheQueueAndAnInferredViewKnowsNone() {
        KernelSocket waiting = client("client3", TcpState.SYN_SENT, SERVER, 1);
        KernelView windows = new KernelView(1, Instant.EPOCH, List.of(listener(SERVER, 2, 1), waiting), List.of(),
                List.of(), KernelSource.TCP_TABLE);
        assertThat(windows.connectsHeldByFullQueue()).isEmpty();
        KernelView inferred = new KernelView(1, Instant.EPOCH, List.of(listener(SERVER, 2, 1), waiting), List.of(),
                List.of(), KernelSource.INFERRED);
        assertThat(inferred.connectsToTheLab()).isEmpty();
    }

    @Test
    void aHeldConnectAwaitsNoAckAndItsSynIsNoUnacknowledgedByte() {
        KernelView view = linux(listener(SERVER, 2, 1), client("client3", TcpState.SYN_SENT, SERVER, 1));
        assertThat(view.awaitsAck(Set.of())).isTrue();
        assertThat(view.awaitsAck(Set.of(name("client3")))).isFalse();
        assertThat(view.holdsUnacknowledged(Set.of())).isTrue();
        assertThat(view.holdsUnacknowledged(Set.of(name("client3")))).isFalse();
    }

    @Test
    void aFinBehindBytesAwaitsNoAckButItsBytesStillCount() {
        KernelView finOnly = linux(client("worker1", TcpState.FIN_WAIT1, "127.0.0.1:50200", 1));
        KernelView behind = linux(client("worker1", TcpState.FIN_WAIT1, "127.0.0.1:50200", 2_500_000));
        assertThat(finOnly.awaitsAck(Set.of())).isTrue();
        assertThat(behind.awaitsAck(Set.of())).isFalse();
        assertThat(behind.holdsUnacknowledged(Set.of())).isTrue();
        assertThat(linux(client("worker1", TcpState.LAST_ACK, "127.0.0.1:50200", 9)).awaitsAck(Set.of())).isFalse();
        assertThat(client("worker1", TcpState.ESTABLISHED, "127.0.0.1:50200", 9).finBehindBytes()).isFalse();
    }
}
