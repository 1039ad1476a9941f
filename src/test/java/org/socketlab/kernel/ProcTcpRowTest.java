package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lines of /proc/net/tcp and tcp6 as Linux prints them, parsed, and picked by port before parsing. */
class ProcTcpRowTest {
    private static final String IPV4 = "   3: 0100007F:2AF8 0100007F:B4D2 01 0000000C:00000000 02:00000A3C 00000000"
            + "     0        0 123456 1 0000000000000000 20 4 30 10 -1";
    private static final String IPV6 = "   0: 00000000000000000000000001000000:2AF8 00000000000000000000000000000000:0000 0A "
            + "00000000:00000002 00:00000000 00000000     0        0 654321 1 0000000000000000 100 0 0 10 0";
    private static final String HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt"
            + "   uid  timeout inode";

    @Test
    void anIpv4LineGivesAddressesStateQueuesAndTimer() {
        ProcTcpRow row = ProcTcpRow.parse(IPV4).orElseThrow();
        assertThat(row.local()).isEqualTo("127.0.0.1:11000");
        assertThat(row.remote()).isEqualTo("127.0.0.1:46290");
        assertThat(row.state()).isEqualTo(TcpState.ESTABLISHED);
        assertThat(row.sendQueue()).isEqualTo(12);
        assertThat(row.recvQueue()).isZero();
        assertThat(row.timer()).isEqualTo(2);
        assertThat(row.timerMillis()).isEqualTo(0xA3C * 10L);
        assertThat(row.inode()).isEqualTo(123456);
    }

    @Test
    void anIpv6ListenerLine() {
        ProcTcpRow row = ProcTcpRow.parse(IPV6).orElseThrow();
        assertThat(row.local()).isEqualTo("[::1]:11000");
        assertThat(row.state()).isEqualTo(TcpState.LISTEN);
        assertThat(row.recvQueue()).as("connections waiting for accept").isEqualTo(2);
    }

    @Test
    void theHeaderAndBrokenLinesAreNoRows() {
        assertThat(ProcTcpRow.parse(HEADER)).isEmpty();
        assertThat(ProcTcpRow.parse("   3: 0100007F:2AF8 0100007F:B4D2 01")).isEmpty();
        assertThat(ProcTcpRow.parse(IPV4.replace("0000000C:00000000", "0000000C"))).isEmpty();
    }

    @Test
    void aLineIsPickedByItsLocalOrRemotePortWithoutParsing() {
        assertThat(ProcTcpRow.hasPort(IPV4, Set.of(11000)::contains)).isTrue();
        assertThat(ProcTcpRow.hasPort(IPV4, Set.of(46290)::contains)).isTrue();
        assertThat(ProcTcpRow.hasPort(IPV4, Set.of(11001, 80)::contains)).isFalse();
        assertThat(ProcTcpRow.hasPort(IPV6, Set.of(11000)::contains)).isTrue();
        assertThat(ProcTcpRow.hasPort(HEADER, port -> true)).isFalse();
    }

    @Test
    void onlyTheSecondAndThirdFieldsArePortsAndATruncatedLineHasNone() {
        String truncated = "   3: 0100007F:2AF8 0100007F:B4D2";
        assertThat(ProcTcpRow.hasPort(truncated, Set.of(46290)::contains)).as("a line that ends in its third field").isTrue();
        assertThat(ProcTcpRow.hasPort(truncated, port -> false)).isFalse();
        assertThat(ProcTcpRow.hasPort("   3: 0100007F:2AF8", port -> false)).as("no third field").isFalse();
        assertThat(ProcTcpRow.hasPort("   3: 0100007F:2AF8 0100007F:B4D2 0100007F:1F90", Set.of(8080)::contains))
                .as("a fourth field is not an address").isFalse();
        assertThat(ProcTcpRow.hasPort("0100007F:1F90 0100007F:2AF8 0100007F:B4D2", Set.of(8080)::contains))
                .as("the first field is the slot number, not an address").isFalse();
        assertThat(ProcTcpRow.hasPort("   3: :1F90 0100007F:B4D2 01", Set.of(8080)::contains))
                .as("no address before the port").isFalse();
        assertThat(ProcTcpRow.hasPort("   3: 0100007F:ZZZZ 0100007F:B4D2 01", port -> true))
                .as("a port that is no hex number").isFalse();
    }

    @Test
    void thePortOfAShownAddressOrMinusOne() {
        assertThat(ProcTcpRow.port("127.0.0.1:11000")).isEqualTo(11000);
        assertThat(ProcTcpRow.port("[::1]:11000")).isEqualTo(11000);
        assertThat(ProcTcpRow.port(":80")).as("a port without a host").isEqualTo(80);
        assertThat(ProcTcpRow.port("127.0.0.1:http")).isEqualTo(-1);
        assertThat(ProcTcpRow.port("")).isEqualTo(-1);
    }
}
