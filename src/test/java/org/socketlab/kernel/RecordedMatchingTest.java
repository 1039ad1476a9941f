package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketlab.kernel.RecordedTable.lab;
import static org.socketlab.kernel.RecordedTable.name;
import static org.socketlab.kernel.RecordedTable.row;
import static org.socketlab.kernel.RecordedTable.server;
import static org.socketlab.kernel.RecordedTable.socket;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.SocketView;

/**
 * The lab's sockets matched to recorded table rows: connects under way (no local address yet) by their peer,
 * a listener's accept queue, a connection the lab forgot, and the accept limit the kernel holds.
 */
class RecordedMatchingTest {
    private static final String PEER = "10.0.0.5:11000";
    private static final String SERVER = "127.0.0.1:11000";

    private final RecordedTable table = new RecordedTable();
    private final KernelReader reader = new KernelReader(table);

    private static LabSnapshot connecting(String... clients) {
        return lab(List.of(clients).stream().map(c -> socket(c, SocketState.CONNECTING, "", SERVER))
                .toArray(SocketView[]::new));
    }

    @Test
    void aConnectTakesTheOnlyRowToItsPeerThoughAnotherProgramConnectsElsewhere() {
        table.rows.add(row("10.0.0.1:50200", PEER, TcpState.SYN_SENT, 1, 0));
        table.rows.add(row("10.0.0.1:50300", "10.0.0.6:11000", TcpState.SYN_SENT, 1, 0));
        KernelSocket client = reader.read(lab(socket("client3", SocketState.CONNECTING, "", PEER)))
                .socket(name("client3")).orElseThrow();
        assertThat(client.unmatched()).isFalse();
        assertThat(client.local()).isEqualTo("10.0.0.1:50200");
        assertThat(client.state()).isEqualTo(TcpState.SYN_SENT);
    }

    @Test
    void connectsAsManyAsTheirSynSentRowsShareThemBesideAnotherProgramsFinishedConnection() {
        table.rows.add(row("127.0.0.1:50199", SERVER, TcpState.ESTABLISHED, 0, 0));
        table.rows.add(row("127.0.0.1:50200", SERVER, TcpState.SYN_SENT, 1, 0));
        table.rows.add(row("127.0.0.1:50201", SERVER, TcpState.SYN_SENT, 1, 0));
        KernelView view = reader.read(connecting("client3", "client4"));
        for (String c : List.of("client3", "client4")) {
            KernelSocket s = view.socket(name(c)).orElseThrow();
            assertThat(s.unmatched()).as(c).isFalse();
            assertThat(s.state()).as(c).isEqualTo(TcpState.SYN_SENT);
            assertThat(s.sendQueue()).as(c).isEqualTo(1);
            assertThat(s.local()).as(c).isEmpty();
        }
    }

    @Test
    void connectsWhoseRowsDisagreeAreUnmatched() {
        List<List<ProcTcpRow>> disagreeing = List.of(
                List.of(row("127.0.0.1:50200", SERVER, TcpState.SYN_SENT, 1, 0),
                        row("127.0.0.1:50201", SERVER, TcpState.ESTABLISHED, 1, 0)),
                List.of(row("127.0.0.1:50200", SERVER, TcpState.ESTABLISHED, 0, 0),
                        row("127.0.0.1:50201", SERVER, TcpState.ESTABLISHED, 0, 3)),
                List.of(row("127.0.0.1:50200", SERVER, TcpState.ESTABLISHED, 0, 0),
                        row("127.0.0.1:50201", SERVER, TcpState.ESTABLISHED, 2, 0)));
        for (List<ProcTcpRow> rows : disagreeing) {
            table.rows.clear();
            table.rows.addAll(rows);
            KernelView view = reader.read(connecting("client3", "client4"));
            for (String c : List.of("client3", "client4")) {
                assertThat(view.socket(name(c)).orElseThrow().unmatched()).as("%s with %s", c, rows).isTrue();
            }
        }
    }

    @Test
    void theAcceptQueueHoldsTheListenersSideOfAnotherProgramsConnectionNotItsClientSide() {
        table.rows.add(row(SERVER, "0.0.0.0:0", TcpState.LISTEN, 0, 1));
        table.rows.add(row(SERVER, "127.0.0.1:50999", TcpState.ESTABLISHED, 0, 0));
        table.rows.add(row("127.0.0.1:50999", SERVER, TcpState.ESTABLISHED, 0, 0));
        assertThat(reader.read(lab(server(SERVER, 50))).accepting()).extracting(QueuedConnection::local)
                .containsExactly(SERVER);
    }

    @Test
    void aWildcardListenerQueuesConnectionsToAnyOfItsAddresses() {
        table.rows.add(row("0.0.0.0:11000", "0.0.0.0:0", TcpState.LISTEN, 0, 1));
        table.rows.add(row(SERVER, "127.0.0.1:50999", TcpState.CLOSE_WAIT, 0, 4));
        assertThat(reader.read(lab(server("0.0.0.0:11000", 50))).accepting())
                .containsExactly(new QueuedConnection(SERVER, "127.0.0.1:50999", TcpState.CLOSE_WAIT, 4));
    }

    @Test
    void aForgottenConnectionIsShownOnEveryReadWhileTheKernelKeepsIt() {
        table.rows.add(row("127.0.0.1:50123", SERVER, TcpState.ESTABLISHED, 0, 0));
        reader.read(lab(socket("client1", SocketState.CONNECTED, "127.0.0.1:50123", SERVER)));
        table.rows.set(0, new ProcTcpRow("127.0.0.1:50123", SERVER, TcpState.TIME_WAIT, 0, 0, 3, 5000, 0));
        for (int read = 1; read <= 2; read++) {
            List<KernelSocket> earlier = reader.read(lab()).earlier();
            assertThat(earlier).as("read %d after the reset", read).hasSize(1);
            assertThat(earlier.get(0).name()).isEqualTo(name("client1"));
            assertThat(earlier.get(0).afterClose()).isTrue();
            assertThat(earlier.get(0).timerMillis()).isEqualTo(50_000);
        }
    }

    @Test
    void anAcceptLimitOfZeroIsTheKernelsNotTheBacklogAsked() {
        table.rows.add(new MacTcpSocket(SERVER, "0.0.0.0:0", TcpState.LISTEN, 0, 0, 0, 0));
        assertThat(reader.read(lab(server(SERVER, 50))).socket(SocketName.SERVER)
                .orElseThrow().backlog()).isZero();
    }
}
