package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.SocketView;

/**
 * A connect under way, read from this machine's /proc/net/tcp on real loopback sockets. A listener with
 * backlog 1 whose accept queue is full makes Linux drop the next client's SYN, so that client stays in
 * SYN_SENT: a connect nobody answers, until an Accept makes room. Java gives the client no local address
 * until its connect finishes, so the kernel's row is found by the server's address. Every wait is bounded;
 * none is a fixed sleep.
 */
class PendingConnectTest {
    private static final SocketName CLIENT3 = SocketName.parse("client3").orElseThrow();
    private static final SocketName CLIENT4 = SocketName.parse("client4").orElseThrow();

    @BeforeAll
    static void linux() {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "no /proc/net/tcp here: the kernel view is inferred");
    }

    /** Steps 1-4 and client 2 with backlog 1: two finished connections wait, and the accept queue is full. */
    private static void fillTheBacklog(KernelLab k) {
        k.clicks("1", "2", "3", "4", "client2.init", "client2.connect");
        k.await("two connections in the accept queue", v -> v.accepting().size() == 2);
    }

    @Test
    void aConnectToAFullBacklogShowsSynSentForTheWholeWait() {
        try (KernelLab k = new KernelLab(1)) {
            fillTheBacklog(k);
            k.clicks("client3.init", "client3.connect");
            KernelView waiting = k.awaitState("client3", TcpState.SYN_SENT);
            SocketView lab = k.lab.snapshot().sockets().get(CLIENT3);
            assertThat(lab.state()).as("the connect is still under way").isEqualTo(SocketState.CONNECTING);
            assertThat(lab.local()).as("Java gives no local address before the connect finishes").isEmpty();
            KernelSocket client3 = waiting.socket(CLIENT3).orElseThrow();
            assertThat(client3.remote()).isEqualTo(waiting.socket(SocketName.SERVER).orElseThrow().local());
            assertThat(client3.local()).as("the port the kernel chose, from its row").isNotEmpty();
            assertThat(client3.sendQueue()).as("the SYN, not yet acknowledged, counts one").isEqualTo(1);
            assertThat(client3.unmatched()).isFalse();
            assertThat(rowsIn(TcpState.SYN_SENT, client3.remote())).as("the kernel's own row")
                    .extracting(TcpRow::local).containsExactly(client3.local());
            assertThat(waiting.accepting()).as("the dropped SYN is in no queue of the listener").hasSize(2);

            // Accept makes room; Linux's next retransmission of the SYN gets in. Until the lab learns of it,
            // every read shows the connect in SYN_SENT (or, for the last instant, already ESTABLISHED).
            k.clicks("5");
            long deadline = System.nanoTime() + KernelLab.BOUND.toNanos();
            int reads = 0;
            while (true) {
                LabSnapshot now = k.lab.sync();
                if (now.sockets().get(CLIENT3).state() != SocketState.CONNECTING) {
                    break;
                }
                KernelSocket seen = k.reader.read(now).socket(CLIENT3).orElseThrow();
                assertThat(seen.state()).as("read %d while connecting: %s", reads, seen)
                        .isIn(TcpState.SYN_SENT, TcpState.ESTABLISHED);
                assertThat(seen.unmatched()).isFalse();
                reads++;
                if (System.nanoTime() > deadline) {
                    fail("client3 never connected after the Accept");
                }
                k.lab.awaitQuiet(Duration.ofMillis(20), Duration.ofSeconds(1));
            }
            assertThat(reads).as("reads while the SYN was retried").isPositive();
            k.awaitState("client3", TcpState.ESTABLISHED);
        }
    }

    @Test
    void twoConnectsThatCannotBeToldApartShareTheirStateButNotAPort() {
        try (KernelLab k = new KernelLab(1)) {
            fillTheBacklog(k);
            k.clicks("client3.init", "client4.init", "client3.connect", "client4.connect");
            KernelView both = k.await("client3 and client4 in SYN_SENT", v -> v.socket(CLIENT3).orElseThrow().state()
                    == TcpState.SYN_SENT && v.socket(CLIENT4).orElseThrow().state() == TcpState.SYN_SENT);
            for (SocketName c : List.of(CLIENT3, CLIENT4)) {
                KernelSocket s = both.socket(c).orElseThrow();
                assertThat(s.local()).as("%s: two rows, either could be its own", c).isEmpty();
                assertThat(s.unmatched()).isFalse();
                assertThat(s.stateKnown()).isTrue();
            }
        }
    }

    @Test
    void aRowAnotherProgramMayOwnMakesTheStateUnknownNeverClosed() throws IOException {
        try (KernelLab k = new KernelLab(1); SocketChannel other = SocketChannel.open(StandardProtocolFamily.INET)) {
            fillTheBacklog(k);
            String server = k.socket("server").local();
            other.configureBlocking(false);
            int colon = server.lastIndexOf(':');
            assertThat(other.connect(new InetSocketAddress(server.substring(0, colon),
                    Integer.parseInt(server.substring(colon + 1))))).as("the queue is full: pending").isFalse();
            k.clicks("client3.init", "client3.connect");
            k.await("two SYN_SENT rows to the server", v -> rowsIn(TcpState.SYN_SENT, server).size() == 2);
            KernelSocket client3 = k.socket("client3");
            assertThat(k.lab.snapshot().sockets().get(CLIENT3).state()).isEqualTo(SocketState.CONNECTING);
            assertThat(client3.unmatched()).as("two rows, one of them another program's: %s", client3).isTrue();
            assertThat(client3.stateKnown()).isFalse();
            assertThat(client3.sendQueue()).as("unknown, not 0").isEqualTo(-1);
        }
    }

    @Test
    void aHandshakeUnderWayIsInTheSynQueueNotTheAcceptQueue() {
        List<String> listener = new ArrayList<>();
        TcpTable<ProcTcpRow> real = ProcNetTcp.system();
        // The real table, plus a handshake under way on the listener's address: a half-open connection, as
        // /proc/net/tcp lists one (state 0x0C or 0x03) while the client's final ACK has not come.
        TcpTable<ProcTcpRow> withHalfOpen = () -> real.rows().map(rows -> {
            List<ProcTcpRow> all = new ArrayList<>(rows);
            listener.forEach(l -> all.add(new ProcTcpRow(l, "127.0.0.1:9", TcpState.SYN_RECV, 0, 0, 1, 100, 0)));
            return all;
        });
        try (KernelLab k = new KernelLab(new KernelReader(withHalfOpen))) {
            k.clicks("1", "2", "3", "4");
            listener.add(k.socket("server").local());
            KernelView view = k.await("client1's connection in the accept queue", v -> v.accepting().size() == 1);
            assertThat(view.accepting()).extracting(QueuedConnection::state).containsExactly(TcpState.ESTABLISHED);
            assertThat(view.accepting()).extracting(QueuedConnection::remote).doesNotContain("127.0.0.1:9");
            assertThat(view.socket(SocketName.SERVER).orElseThrow().recvQueue())
                    .as("the kernel's own count of the accept queue agrees").isEqualTo(1);
        }
    }

    /** The rows of this machine's table in {@code state} whose remote address is {@code remote}. */
    private static List<ProcTcpRow> rowsIn(TcpState state, String remote) {
        return ProcNetTcp.system().rows().orElseThrow().stream()
                .filter(r -> r.state() == state && r.remote().equals(remote)).toList();
    }
}
