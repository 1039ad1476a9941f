package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketlab.kernel.RecordedTable.lab;
import static org.socketlab.kernel.RecordedTable.name;
import static org.socketlab.kernel.RecordedTable.row;
import static org.socketlab.kernel.RecordedTable.server;
import static org.socketlab.kernel.RecordedTable.socket;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Counters;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.SocketView;

/**
 * Which connections a following reader looks up, and when it reads the whole table instead: each rule on a
 * kernel table held in memory, where the change it is for happens and nothing else would show it.
 */
class FollowedRowsTest {
    private static final String SERVER = "127.0.0.1:11000";
    private static final String CLIENT = "127.0.0.1:50001";
    private static final String ANY = "0.0.0.0:0";

    /** The kernel's table: rows by "local remote". */
    private final Map<String, ProcTcpRow> kernel = new LinkedHashMap<>();
    private int wholeReads;
    private final List<String> lookups = new ArrayList<>();
    private final KernelReader reader = new KernelReader(() -> {
        wholeReads++;
        return Optional.of(List.copyOf(kernel.values()));
    }, new FollowedRows((local, remote) -> {
        lookups.add(local + " " + remote);
        return Optional.ofNullable(kernel.get(local + " " + remote));
    }, Long.MAX_VALUE));

    private void kernel(ProcTcpRow... rows) {
        for (ProcTcpRow r : rows) {
            kernel.put(r.local() + " " + r.remote(), r);
        }
    }

    private static LabSnapshot connected(Counters workerCounters) {
        return lab(server(SERVER, 5), socket("client1", SocketState.CONNECTED, CLIENT, SERVER),
                new SocketView(name("worker1"), SocketState.CONNECTED, workerCounters, SERVER, CLIENT));
    }

    private long workerRecvQueue(KernelView view) {
        return view.socket(name("worker1")).orElseThrow().recvQueue();
    }

    /**
     * The lab at rest; the table also holds another program's connection in TIME_WAIT on client 1's port (a
     * port is used again once free), which the whole read gives with the lab's rows.
     */
    private void atRest() {
        kernel(row(SERVER, ANY, TcpState.LISTEN, 0, 0), row(CLIENT, SERVER, TcpState.ESTABLISHED, 0, 0),
                row(SERVER, CLIENT, TcpState.ESTABLISHED, 0, 0), row(CLIENT, "127.0.0.1:12000", TcpState.TIME_WAIT, 0, 0));
        reader.read(connected(Counters.ZERO));
        assertThat(wholeReads).isEqualTo(1);
        lookups.clear();
    }

    /** Neither the lab's connections at rest nor another program's connection on one of the lab's ports. */
    @Test
    void connectionsAtRestAreNotLookedUpOnlyTheListener() {
        atRest();
        reader.read(connected(Counters.ZERO));
        assertThat(wholeReads).isEqualTo(1);
        assertThat(lookups).containsExactly(SERVER + " " + ANY);
    }

    /** A second send posts no OnReceive: only the step's own socket says the peer's queue grew. */
    @Test
    void aSocketAStepActedOnIsLookedUpWithItsPeer() {
        atRest();
        kernel(row(SERVER, CLIENT, TcpState.ESTABLISHED, 0, 12));
        reader.acted(name("client1"));
        assertThat(workerRecvQueue(reader.read(connected(Counters.ZERO)))).isEqualTo(12);
        assertThat(reader.read(connected(Counters.ZERO)).socket(name("worker1")).orElseThrow().recvQueue()).isEqualTo(12);
        assertThat(wholeReads).isEqualTo(1);
    }

    @Test
    void aSocketWhoseViewChangedIsLookedUpWithItsPeer() {
        atRest();
        kernel(row(SERVER, CLIENT, TcpState.ESTABLISHED, 0, 12));
        Counters received = new Counters(0, 0, 1, 1, 0, 0, 0, 0);
        assertThat(workerRecvQueue(reader.read(connected(received)))).isEqualTo(12);
    }

    /** Bytes still unacknowledged when the step's read ran reach the peer later, with no step and no notification. */
    @Test
    void thePeerOfAConnectionNotAtRestIsLookedUpAgain() {
        kernel(row(SERVER, ANY, TcpState.LISTEN, 0, 0), row(CLIENT, SERVER, TcpState.ESTABLISHED, 12, 0),
                row(SERVER, CLIENT, TcpState.ESTABLISHED, 0, 0));
        reader.read(connected(Counters.ZERO));
        kernel(row(CLIENT, SERVER, TcpState.ESTABLISHED, 0, 0), row(SERVER, CLIENT, TcpState.ESTABLISHED, 0, 12));
        assertThat(workerRecvQueue(reader.read(connected(Counters.ZERO)))).isEqualTo(12);
        assertThat(wholeReads).isEqualTo(1);
    }

    @Test
    void aConnectionFromOutsideTheLabInTheAcceptQueueMakesItReadTheWholeTable() {
        atRest();
        kernel(row(SERVER, ANY, TcpState.LISTEN, 0, 1), row(SERVER, "127.0.0.1:40000", TcpState.ESTABLISHED, 0, 0));
        KernelView view = reader.read(connected(Counters.ZERO));
        assertThat(wholeReads).isEqualTo(2);
        assertThat(view.accepting()).extracting(QueuedConnection::remote).containsExactly("127.0.0.1:40000");
    }

    /** A peer outside the lab closed while its connection waits to be accepted: nothing in the lab moved. */
    @Test
    void aConnectionInTheAcceptQueueIsLookedUpAgain() {
        atRest();
        kernel(row(SERVER, ANY, TcpState.LISTEN, 0, 1), row(SERVER, "127.0.0.1:40000", TcpState.ESTABLISHED, 0, 0));
        reader.read(connected(Counters.ZERO));
        kernel(row(SERVER, "127.0.0.1:40000", TcpState.CLOSE_WAIT, 0, 0));
        KernelView view = reader.read(connected(Counters.ZERO));
        assertThat(view.accepting()).extracting(QueuedConnection::state).containsExactly(TcpState.CLOSE_WAIT);
        assertThat(wholeReads).isEqualTo(2);
    }

    @Test
    void aConnectUnderWayMakesItReadTheWholeTable() {
        atRest();
        reader.read(lab(server(SERVER, 5), socket("client1", SocketState.CONNECTED, CLIENT, SERVER),
                new SocketView(name("worker1"), SocketState.CONNECTED, Counters.ZERO, SERVER, CLIENT),
                socket("client2", SocketState.CONNECTING, "", SERVER)));
        assertThat(wholeReads).isEqualTo(2);
    }

    @Test
    void moreLookupsThanAWholeReadCostsMakeItReadTheWholeTable() {
        List<SocketView> views = new ArrayList<>(List.of(server(SERVER, 5)));
        for (int i = 1; i <= FollowedRows.MOST_LOOKUPS; i++) {
            String client = "127.0.0.1:" + (50000 + i);
            kernel(row(client, SERVER, TcpState.ESTABLISHED, 0, 0), row(SERVER, client, TcpState.ESTABLISHED, 0, 0));
            views.add(socket("client" + i, SocketState.CONNECTED, client, SERVER));
        }
        kernel(row(SERVER, ANY, TcpState.LISTEN, 0, 0));
        reader.read(lab(views.toArray(SocketView[]::new)));
        for (int i = 1; i <= FollowedRows.MOST_LOOKUPS; i++) {
            reader.acted(name("client" + i));
        }
        reader.read(lab(views.toArray(SocketView[]::new)));
        assertThat(wholeReads).isEqualTo(2);
        assertThat(lookups).isEmpty();
    }
}
