package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketlab.kernel.RecordedTable.lab;
import static org.socketlab.kernel.RecordedTable.row;
import static org.socketlab.kernel.RecordedTable.server;
import static org.socketlab.kernel.RecordedTable.socket;

import org.junit.jupiter.api.Test;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.SocketState;

/**
 * What the reader asks of the table: only the families its sockets (and the connections it forgot) are in,
 * and only their ports, so the kernel walks one table and other programs' lines stay unparsed.
 */
class TableQueryTest {
    private static final LabSnapshot EMPTY = lab();
    private static final LabSnapshot IPV4 = lab(server("127.0.0.1:11000", 50),
            socket("client1", SocketState.CONNECTED, "127.0.0.1:50123", "127.0.0.1:11000"),
            socket("client2", SocketState.OPEN, "", ""));
    private static final LabSnapshot IPV6 = lab(server("[::1]:11000", 50),
            socket("client1", SocketState.CONNECTED, "[::1]:50123", "[::1]:11000"),
            socket("client2", SocketState.CONNECTING, "", "[::1]:11000"));

    private final RecordedTable table = new RecordedTable();
    private final KernelReader reader = new KernelReader(table);

    @Test
    void anIpv4LabAsksForTheIpv4TableAndItsOwnPorts() {
        reader.read(IPV4);
        assertThat(table.families()).containsExactly("ipv4");
        assertThat(table.ports()).containsExactlyInAnyOrder(11000, 50123);
    }

    @Test
    void anIpv6LabAsksForTheIpv6TableOnlyEvenWithASocketWithoutAddress() {
        reader.read(IPV6);
        assertThat(table.families()).containsExactly("ipv6");
    }

    @Test
    void aLabInBothFamiliesAsksForBoth() {
        reader.read(lab(server("[::1]:11000", 50),
                socket("client1", SocketState.CONNECTED, "127.0.0.1:50123", "127.0.0.1:12000")));
        assertThat(table.families()).containsExactly("ipv4", "ipv6");
        assertThat(table.ports()).containsExactlyInAnyOrder(11000, 12000, 50123);
    }

    @Test
    void aForgottenConnectionKeepsItsFamilyAndPortsAskedForWhileTheKernelListsIt() {
        table.rows.add(row("[::1]:50123", "[::1]:11000", TcpState.TIME_WAIT, 0, 0));
        reader.read(IPV6);
        LabSnapshot other = lab(server("127.0.0.1:12000", 50));
        reader.read(other);
        assertThat(table.families()).as("the forgotten IPv6 connection").containsExactly("ipv4", "ipv6");
        assertThat(table.ports()).containsExactlyInAnyOrder(11000, 12000, 50123);

        RecordedTable table4 = new RecordedTable();
        KernelReader reader4 = new KernelReader(table4);
        table4.rows.add(row("127.0.0.1:50123", "127.0.0.1:11000", TcpState.TIME_WAIT, 0, 0));
        reader4.read(IPV4);
        reader4.read(lab(server("[::1]:12000", 50)));
        assertThat(table4.families()).as("the forgotten IPv4 connection").containsExactly("ipv4", "ipv6");
    }

    @Test
    void aForgottenConnectionIsNoLongerAskedForOnceTheKernelDropsIt() {
        table.rows.add(row("127.0.0.1:50123", "127.0.0.1:11000", TcpState.TIME_WAIT, 0, 0));
        reader.read(IPV4);
        assertThat(reader.read(EMPTY).earlier()).hasSize(1);
        table.rows.clear();
        assertThat(reader.read(EMPTY).earlier()).isEmpty();
        // another program's connection on the same two ports, later: not the lab's
        table.rows.add(row("127.0.0.1:50123", "127.0.0.1:11000", TcpState.ESTABLISHED, 0, 0));
        KernelView later = reader.read(EMPTY);
        assertThat(table.ports()).isEmpty();
        assertThat(later.earlier()).isEmpty();
    }

    @Test
    void aListenerOrAConnectWithoutAConnectionLeavesNothingToRememberAfterAReset() {
        reader.read(lab(server("127.0.0.1:11000", 50),
                socket("client1", SocketState.CONNECTING, "", "127.0.0.1:12000")));
        reader.read(EMPTY);
        assertThat(table.ports()).isEmpty();
    }

    @Test
    void aListenerServesItsOwnAddressAndAnyAddressWhenBoundToTheWildcard() {
        assertThat(KernelReader.serves("127.0.0.1:11000", "127.0.0.1:11000")).isTrue();
        assertThat(KernelReader.serves("0.0.0.0:11000", "127.0.0.1:11000")).isTrue();
        assertThat(KernelReader.serves("[::]:11000", "[::1]:11000")).isTrue();
        assertThat(KernelReader.serves("127.0.0.1:11000", "127.0.0.2:11000")).as("another address").isFalse();
        assertThat(KernelReader.serves("0.0.0.0:11000", "127.0.0.1:11001")).as("another port").isFalse();
        assertThat(KernelReader.serves("[::]:11000", "[::1]:111000")).as("a port ending alike").isFalse();
    }
}
