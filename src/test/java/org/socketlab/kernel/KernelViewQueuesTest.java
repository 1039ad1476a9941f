package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketlab.kernel.RecordedTable.name;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A view's summaries of its connections: a SYN or FIN awaiting its ACK, bytes not yet acknowledged, queues
 * equal to another view's; and which sockets make a view transitional.
 */
class KernelViewQueuesTest {
    private static final String SERVER = "127.0.0.1:11000";

    private static KernelSocket connection(String name, TcpState state, long sendQueue, long recvQueue) {
        return new KernelSocket(name(name), "127.0.0.1:50100", SERVER, state, sendQueue, recvQueue, 0, -1, false,
                false);
    }

    private static KernelView view(List<KernelSocket> sockets, List<KernelSocket> earlier,
                                   List<QueuedConnection> accepting) {
        return new KernelView(1, Instant.EPOCH, sockets, earlier, accepting, false);
    }

    private static KernelView of(KernelSocket... sockets) {
        return view(List.of(sockets), List.of(), List.of());
    }

    @Test
    void aSynSentSocketOrAForgottenFinOrAQueuedSynRecvAwaitsAnAck() {
        assertThat(of(connection("client1", TcpState.ESTABLISHED, 0, 0)).awaitsAck(Set.of())).isFalse();
        assertThat(of(connection("client1", TcpState.SYN_SENT, 1, 0)).awaitsAck(Set.of())).isTrue();
        assertThat(view(List.of(), List.of(connection("client1", TcpState.FIN_WAIT1, 1, 0)), List.of()).awaitsAck(Set.of()))
                .isTrue();
        assertThat(view(List.of(), List.of(), List.of(new QueuedConnection(SERVER, "127.0.0.1:50100",
                TcpState.SYN_RECV, 0))).awaitsAck(Set.of())).isTrue();
        assertThat(view(List.of(), List.of(), List.of(new QueuedConnection(SERVER, "127.0.0.1:50100",
                TcpState.ESTABLISHED, 0))).awaitsAck(Set.of())).isFalse();
    }

    @Test
    void onlyASendQueueAboveZeroHoldsUnacknowledgedBytes() {
        assertThat(of(connection("client1", TcpState.ESTABLISHED, 0, 5)).holdsUnacknowledged(Set.of())).isFalse();
        assertThat(of(connection("client1", TcpState.ESTABLISHED, -1, -1)).holdsUnacknowledged(Set.of())).isFalse();
        assertThat(of(connection("client1", TcpState.ESTABLISHED, 1, 0)).holdsUnacknowledged(Set.of())).isTrue();
        assertThat(view(List.of(), List.of(connection("client1", TcpState.FIN_WAIT1, 1, 0)), List.of())
                .holdsUnacknowledged(Set.of())).isTrue();
    }

    @Test
    void queuesAreTheSameOnlyWhenEveryConnectionsQueuesAgree() {
        KernelView a = of(connection("client1", TcpState.ESTABLISHED, 3, 0));
        assertThat(a.sameQueues(of(connection("client1", TcpState.ESTABLISHED, 3, 0)))).isTrue();
        assertThat(a.sameQueues(of(connection("client1", TcpState.ESTABLISHED, 0, 0)))).isFalse();
        assertThat(a.sameQueues(of(connection("client1", TcpState.ESTABLISHED, 3, 2)))).isFalse();
        assertThat(a.sameQueues(of(connection("client2", TcpState.ESTABLISHED, 3, 0)))).isFalse();
        assertThat(a.sameQueues(of())).isFalse();
        assertThat(a.sameQueues(null)).isFalse();
    }

    @Test
    void aSocketIsTransitionalWhileUnmatchedMovingOrHoldingBytesButNotForAListenersQueue() {
        assertThat(connection("client1", TcpState.ESTABLISHED, 0, 0).isTransitional()).isFalse();
        assertThat(connection("client1", TcpState.CLOSE_WAIT, 0, 0).isTransitional()).isFalse();
        assertThat(connection("client1", TcpState.ESTABLISHED, 1, 0).isTransitional()).isTrue();
        assertThat(connection("client1", TcpState.ESTABLISHED, 0, 1).isTransitional()).isTrue();
        assertThat(connection("client1", TcpState.TIME_WAIT, 0, 0).isTransitional()).isTrue();
        assertThat(new KernelSocket(name("server"), SERVER, "", TcpState.LISTEN, 0, 4, 50, -1, false, false)
                .isTransitional()).as("connections waiting in a listener's accept queue").isFalse();
        assertThat(KernelSocket.unmatched(name("client1"), SERVER).isTransitional()).isTrue();
    }
}
