package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.socketlab.kernel.MibTcpTables.CLOSE_WAIT;
import static org.socketlab.kernel.MibTcpTables.ESTAB;
import static org.socketlab.kernel.MibTcpTables.LISTEN;
import static org.socketlab.kernel.MibTcpTables.TIME_WAIT;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socketlab.kernel.MibTcpTables.Row;

/**
 * Windows' connection tables, recorded as {@link MibTcpTables} lays them out from Microsoft's documentation,
 * read by {@link WindowsTcpRow} and {@link WindowsTcpTable}. Pure Java: the call that fills the buffer
 * ({@code org.socketlab.os.IpHelperTables}) runs on Windows only and is not run here.
 */
class WindowsTcpTableTest {
    private static final int LAB = 4242;
    private static final int OTHER = 777;

    @Test
    void anIpv4TableGivesStatesAddressesPortsAndOwnersButNoQueues() {
        List<WindowsTcpRow> rows = WindowsTcpRow.ipv4(MibTcpTables.ipv4(List.of(
                new Row(LISTEN, "127.0.0.1", 11000, "0.0.0.0", 0, LAB),
                new Row(ESTAB, "127.0.0.1", 50123, "127.0.0.1", 11000, LAB),
                new Row(TIME_WAIT, "127.0.0.1", 50124, "127.0.0.1", 11000, 0),
                new Row(CLOSE_WAIT, "192.168.1.20", 443, "10.0.0.7", 61000, OTHER))));
        assertThat(rows).extracting(WindowsTcpRow::state, WindowsTcpRow::local, WindowsTcpRow::remote, WindowsTcpRow::pid)
                .containsExactly(
                        tuple(TcpState.LISTEN, "127.0.0.1:11000", "0.0.0.0:0", (long) LAB),
                        tuple(TcpState.ESTABLISHED, "127.0.0.1:50123", "127.0.0.1:11000", (long) LAB),
                        tuple(TcpState.TIME_WAIT, "127.0.0.1:50124", "127.0.0.1:11000", 0L),
                        tuple(TcpState.CLOSE_WAIT, "192.168.1.20:443", "10.0.0.7:61000", (long) OTHER));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.sendQueue()).as("Windows gives no queue bytes").isEqualTo(-1);
            assertThat(r.recvQueue()).isEqualTo(-1);
            assertThat(r.timerMillis()).isEqualTo(-1);
        });
    }

    @Test
    void anIpv6TableGivesItsAddressesAndReadsMappedOnesAsIpv4() {
        List<WindowsTcpRow> rows = WindowsTcpRow.ipv6(MibTcpTables.ipv6(List.of(
                new Row(LISTEN, "::1", 11000, "::", 0, LAB),
                new Row(ESTAB, "127.0.0.1", 11000, "127.0.0.1", 50200, LAB),
                new Row(MibTcpTables.SYN_SENT, "fe80::1", 50300, "2001:db8::5", 8080, LAB))));
        assertThat(rows).extracting(WindowsTcpRow::state, WindowsTcpRow::local, WindowsTcpRow::remote)
                .containsExactly(
                        tuple(TcpState.LISTEN, "[::1]:11000", "[::]:0"),
                        tuple(TcpState.ESTABLISHED, "127.0.0.1:11000", "127.0.0.1:50200"),
                        tuple(TcpState.SYN_SENT, "[fe80::1]:50300", "[2001:db8::5]:8080"));
        assertThat(rows).extracting(WindowsTcpRow::pid).containsOnly((long) LAB);
    }

    @Test
    void everyMibTcpStateIsReadAndARowBeingDeletedIsLeftOut() {
        List<Row> all = java.util.stream.IntStream.rangeClosed(MibTcpTables.CLOSED, MibTcpTables.DELETE_TCB)
                .mapToObj(state -> new Row(state, "127.0.0.1", 11000 + state, "127.0.0.1", 12000, LAB)).toList();
        assertThat(WindowsTcpRow.ipv4(MibTcpTables.ipv4(all))).extracting(WindowsTcpRow::state).containsExactly(
                TcpState.CLOSED, TcpState.LISTEN, TcpState.SYN_SENT, TcpState.SYN_RECV, TcpState.ESTABLISHED,
                TcpState.FIN_WAIT1, TcpState.FIN_WAIT2, TcpState.CLOSE_WAIT, TcpState.CLOSING, TcpState.LAST_ACK,
                TcpState.TIME_WAIT);
        assertThat(WindowsTcpRow.ipv4(MibTcpTables.ipv4(all))).extracting(WindowsTcpRow::local)
                .as("rows in order, each at its own offset").startsWith("127.0.0.1:11001", "127.0.0.1:11002");
    }

    @Test
    void aCountBeyondTheBufferReadsOnlyTheRowsItHolds() {
        ByteBuffer table = MibTcpTables.ipv4(List.of(new Row(ESTAB, "127.0.0.1", 1, "127.0.0.1", 2, LAB)));
        table.putInt(0, 1000);
        assertThat(WindowsTcpRow.ipv4(table)).hasSize(1);
        assertThat(WindowsTcpRow.ipv4(ByteBuffer.allocate(0))).isEmpty();
    }

    @Test
    void aPartRowAfterTheLastWholeOneIsNotRead() {
        ByteBuffer one = MibTcpTables.ipv4(List.of(new Row(ESTAB, "127.0.0.1", 1, "127.0.0.1", 2, LAB)));
        ByteBuffer table = ByteBuffer.allocate(one.limit() + WindowsTcpRow.IPV4_ROW - 4).order(one.order());
        table.put(one).putInt(0, 1000).putInt(one.limit(), ESTAB).clear(); // the part row starts like a row
        assertThat(WindowsTcpRow.ipv4(table)).extracting(WindowsTcpRow::local).containsExactly("127.0.0.1:1");
    }

    @Test
    void theTableKeepsThisProcesssRowsAndUnownedOnesOnTheLabsPorts() throws IOException {
        ByteBuffer v4 = MibTcpTables.ipv4(List.of(
                new Row(LISTEN, "127.0.0.1", 11000, "0.0.0.0", 0, LAB),
                new Row(ESTAB, "127.0.0.1", 50123, "127.0.0.1", 11000, LAB),
                new Row(ESTAB, "127.0.0.1", 11000, "127.0.0.1", 50123, LAB),
                new Row(TIME_WAIT, "127.0.0.1", 50124, "127.0.0.1", 11000, 0),
                new Row(ESTAB, "127.0.0.1", 50999, "127.0.0.1", 11000, OTHER),
                new Row(ESTAB, "127.0.0.1", 52000, "127.0.0.1", 9000, LAB)));
        ByteBuffer v6 = MibTcpTables.ipv6(List.of(new Row(ESTAB, "127.0.0.1", 50125, "127.0.0.1", 11000, LAB)));
        WindowsTcpTable table = new WindowsTcpTable(ipv6 -> (ipv6 ? v6 : v4).duplicate().order(v4.order()), LAB);
        assertThat(table.source()).isEqualTo(KernelSource.TCP_TABLE);
        List<WindowsTcpRow> rows = table.rows(true, false, Set.of(11000)::contains).orElseThrow();
        assertThat(rows).extracting(WindowsTcpRow::local, WindowsTcpRow::remote).containsExactly(
                tuple("127.0.0.1:11000", "0.0.0.0:0"),
                tuple("127.0.0.1:50123", "127.0.0.1:11000"),
                tuple("127.0.0.1:11000", "127.0.0.1:50123"),
                tuple("127.0.0.1:50124", "127.0.0.1:11000"),
                tuple("127.0.0.1:50125", "127.0.0.1:11000"));
    }

    @Test
    void aFailedReadGivesNoTable() {
        WindowsTcpTable table = new WindowsTcpTable(ipv6 -> {
            throw new IOException("GetExtendedTcpTable failed with error 87");
        }, LAB);
        assertThat(table.rows()).isEmpty();
    }
}
