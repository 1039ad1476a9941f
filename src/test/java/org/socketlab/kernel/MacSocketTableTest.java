package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.socketlab.kernel.SocketFdInfos.PROX_FDTYPE_KQUEUE;
import static org.socketlab.kernel.SocketFdInfos.PROX_FDTYPE_SOCKET;
import static org.socketlab.kernel.SocketFdInfos.PROX_FDTYPE_VNODE;
import static org.socketlab.kernel.SocketFdInfos.TSI_S_ESTABLISHED;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socketlab.kernel.SocketFdInfos.Socket;

/**
 * macOS's description of the program's own sockets, recorded as {@link SocketFdInfos} lays it out from Apple's
 * {@code <sys/proc_info.h>}, read by {@link MacTcpSocket} and {@link MacSocketTable}. Pure Java: the calls
 * that fill the buffers ({@code org.socketlab.os.LibProc}) run on macOS only and are not run here.
 */
class MacSocketTableTest {
    @Test
    void theRecordedStructureIsAsLargeAsTheHeaderMakesIt() {
        assertThat(SocketFdInfos.socketFdInfo(Socket.tcp4(TSI_S_ESTABLISHED, "127.0.0.1", 1, "127.0.0.1", 2, 0, 0))
                .limit()).as("PROC_PIDFDSOCKETINFO_SIZE").isEqualTo(MacTcpSocket.SIZE);
    }

    @Test
    void anEstablishedIpv4SocketGivesItsAddressesStateAndQueueBytes() {
        MacTcpSocket s = MacTcpSocket.decode(SocketFdInfos.socketFdInfo(
                Socket.tcp4(TSI_S_ESTABLISHED, "127.0.0.1", 50123, "127.0.0.1", 11000, 12, 3))).orElseThrow();
        assertThat(s.local()).isEqualTo("127.0.0.1:50123");
        assertThat(s.remote()).isEqualTo("127.0.0.1:11000");
        assertThat(s.state()).isEqualTo(TcpState.ESTABLISHED);
        assertThat(s.recvQueue()).as("soi_rcv.sbi_cc").isEqualTo(12);
        assertThat(s.sendQueue()).as("soi_snd.sbi_cc").isEqualTo(3);
        assertThat(s.acceptLimit()).isEqualTo(-1);
        assertThat(s.timerMillis()).as("no timer is read").isEqualTo(-1);
    }

    @Test
    void anIpv6SocketGivesItsSixteenByteAddresses() {
        MacTcpSocket s = MacTcpSocket.decode(SocketFdInfos.socketFdInfo(
                Socket.tcp6(SocketFdInfos.TSI_S_FIN_WAIT_2, "::1", 11000, "2001:db8::7", 50999, 0, 0))).orElseThrow();
        assertThat(s.local()).isEqualTo("[::1]:11000");
        assertThat(s.remote()).isEqualTo("[2001:db8::7]:50999");
        assertThat(s.state()).isEqualTo(TcpState.FIN_WAIT2);
    }

    @Test
    void aListenerGivesItsAcceptQueueAndItsLimit() {
        MacTcpSocket s = MacTcpSocket.decode(SocketFdInfos.socketFdInfo(Socket.listener4("127.0.0.1", 11000, 3, 1, 100)))
                .orElseThrow();
        assertThat(s.state()).isEqualTo(TcpState.LISTEN);
        assertThat(s.local()).isEqualTo("127.0.0.1:11000");
        assertThat(s.recvQueue()).as("soi_qlen: every connection not yet accepted").isEqualTo(3);
        assertThat(s.incomplete()).as("soi_incqlen: of them, still in their handshake").isEqualTo(1);
        assertThat(s.acceptLimit()).as("soi_qlimit").isEqualTo(100);
    }

    @Test
    void everyTcpStateIsRead() {
        Map<Integer, TcpState> states = Map.ofEntries(Map.entry(SocketFdInfos.TSI_S_CLOSED, TcpState.CLOSED),
                Map.entry(SocketFdInfos.TSI_S_LISTEN, TcpState.LISTEN), Map.entry(SocketFdInfos.TSI_S_SYN_SENT, TcpState.SYN_SENT),
                Map.entry(SocketFdInfos.TSI_S_SYN_RECEIVED, TcpState.SYN_RECV), Map.entry(TSI_S_ESTABLISHED, TcpState.ESTABLISHED),
                Map.entry(SocketFdInfos.TSI_S_CLOSE_WAIT, TcpState.CLOSE_WAIT),
                Map.entry(SocketFdInfos.TSI_S_FIN_WAIT_1, TcpState.FIN_WAIT1), Map.entry(SocketFdInfos.TSI_S_CLOSING, TcpState.CLOSING),
                Map.entry(SocketFdInfos.TSI_S_LAST_ACK, TcpState.LAST_ACK), Map.entry(SocketFdInfos.TSI_S_FIN_WAIT_2, TcpState.FIN_WAIT2),
                Map.entry(SocketFdInfos.TSI_S_TIME_WAIT, TcpState.TIME_WAIT));
        states.forEach((code, state) -> assertThat(MacTcpSocket.decode(SocketFdInfos.socketFdInfo(
                Socket.tcp4(code, "127.0.0.1", 1, "127.0.0.1", 2, 0, 0))).map(MacTcpSocket::state)).as("TSI_S %d", code)
                .contains(state));
        assertThat(MacTcpSocket.decode(SocketFdInfos.socketFdInfo(Socket.tcp4(11, "127.0.0.1", 1, "127.0.0.1", 2, 0, 0))))
                .as("TSI_S_RESERVED").isEmpty();
    }

    @Test
    void aSocketThatIsNotTcpOverIpIsLeftOut() {
        Socket unix = new Socket(SocketFdInfos.AF_UNIX, SocketFdInfos.SOCKINFO_UN, 0, 0, "0.0.0.0", 0, "0.0.0.0", 0, 0, 0,
                0, 0, 0);
        Socket udp = new Socket(SocketFdInfos.AF_INET, SocketFdInfos.SOCKINFO_IN, SocketFdInfos.INI_IPV4, 0, "127.0.0.1",
                5353, "0.0.0.0", 0, 0, 0, 0, 0, 0);
        assertThat(MacTcpSocket.decode(SocketFdInfos.socketFdInfo(unix))).isEmpty();
        assertThat(MacTcpSocket.decode(SocketFdInfos.socketFdInfo(udp))).isEmpty();
        assertThat(MacTcpSocket.decode(ByteBuffer.allocate(100))).as("too short").isEmpty();
    }

    @Test
    void theDescriptorListGivesTheSocketsOnly() {
        ByteBuffer list = SocketFdInfos.fdList(0, PROX_FDTYPE_VNODE, 1, PROX_FDTYPE_VNODE, 5, PROX_FDTYPE_KQUEUE,
                17, PROX_FDTYPE_SOCKET, 18, PROX_FDTYPE_SOCKET, 230, PROX_FDTYPE_SOCKET);
        assertThat(MacTcpSocket.socketDescriptors(list)).containsExactly(17, 18, 230);
    }

    @Test
    void theTableDescribesEachSocketOfTheProcessAndSkipsOnesClosedMeanwhile() {
        ByteBuffer list = SocketFdInfos.fdList(3, PROX_FDTYPE_VNODE, 40, PROX_FDTYPE_SOCKET, 41, PROX_FDTYPE_SOCKET,
                42, PROX_FDTYPE_SOCKET);
        Map<Integer, ByteBuffer> sockets = Map.of(
                40, SocketFdInfos.socketFdInfo(Socket.listener4("127.0.0.1", 11000, 1, 0, 100)),
                42, SocketFdInfos.socketFdInfo(Socket.tcp4(TSI_S_ESTABLISHED, "127.0.0.1", 50123, "127.0.0.1", 11000, 0, 0)));
        MacSocketTable table = new MacSocketTable(new MacSocketTable.Sockets() {
            @Override
            public ByteBuffer descriptors() {
                return list;
            }

            @Override
            public Optional<ByteBuffer> socket(int fd) {
                return Optional.ofNullable(sockets.get(fd));
            }
        });
        assertThat(table.source()).isEqualTo(KernelSource.PROC_PIDFDINFO);
        List<MacTcpSocket> rows = table.rows().orElseThrow();
        assertThat(rows).extracting(MacTcpSocket::state, MacTcpSocket::local).containsExactly(
                tuple(TcpState.LISTEN, "127.0.0.1:11000"), tuple(TcpState.ESTABLISHED, "127.0.0.1:50123"));
    }

    @Test
    void aFailedListGivesNoTable() {
        MacSocketTable table = new MacSocketTable(new MacSocketTable.Sockets() {
            @Override
            public ByteBuffer descriptors() throws IOException {
                throw new IOException("proc_pidinfo(PROC_PIDLISTFDS) failed: 3");
            }

            @Override
            public Optional<ByteBuffer> socket(int fd) {
                return Optional.empty();
            }
        });
        assertThat(table.rows()).isEmpty();
    }
}
