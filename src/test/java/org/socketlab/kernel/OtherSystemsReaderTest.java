package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketlab.kernel.MibTcpTables.ESTAB;
import static org.socketlab.kernel.MibTcpTables.LISTEN;
import static org.socketlab.kernel.MibTcpTables.TIME_WAIT;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Counters;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.SocketView;
import org.socketlab.kernel.MibTcpTables.Row;
import org.socketlab.kernel.SocketFdInfos.Socket;
import org.socketlab.os.OsKind;

/**
 * The lab's sockets matched to Windows' and macOS's tables, recorded from their documented layouts: what each
 * system shows, and what it does not (queue bytes on Windows; the accept queue's connections and a socket
 * after close on macOS) marked as not shown rather than 0. On Linux the reader is {@link ProcNetTcp}, as before.
 */
class OtherSystemsReaderTest {
    private static final int PID = 4242;
    private static final String SERVER = "127.0.0.1:11000";

    /** Steps 1–5 with a second client not yet accepted and a third one closed. */
    private static LabSnapshot lab(int backlog) {
        Map<SocketName, SocketView> sockets = new LinkedHashMap<>();
        put(sockets, new SocketView(SocketName.SERVER, SocketState.LISTENING, Counters.ZERO, SERVER, "", backlog));
        put(sockets, socket("client1", SocketState.CONNECTED, "127.0.0.1:50123", SERVER));
        put(sockets, socket("client2", SocketState.CONNECTED, "127.0.0.1:50124", SERVER));
        put(sockets, socket("client3", SocketState.CLOSED, "127.0.0.1:50125", SERVER));
        put(sockets, socket("worker1", SocketState.CONNECTED, SERVER, "127.0.0.1:50123"));
        return new LabSnapshot(7, sockets);
    }

    @Test
    void onWindowsTheStatesComeFromTheTableAndTheQueuesAreNotShown() {
        ByteBuffer v4 = MibTcpTables.ipv4(List.of(
                new Row(LISTEN, "127.0.0.1", 11000, "0.0.0.0", 0, PID),
                new Row(ESTAB, "127.0.0.1", 50123, "127.0.0.1", 11000, PID),
                new Row(ESTAB, "127.0.0.1", 11000, "127.0.0.1", 50123, PID),
                new Row(ESTAB, "127.0.0.1", 50124, "127.0.0.1", 11000, PID),
                new Row(ESTAB, "127.0.0.1", 11000, "127.0.0.1", 50124, PID),
                new Row(TIME_WAIT, "127.0.0.1", 50125, "127.0.0.1", 11000, 0)));
        ByteBuffer v6 = MibTcpTables.ipv6(List.of());
        KernelView view = new KernelReader(new WindowsTcpTable(ipv6 -> ipv6 ? v6 : v4, PID)).read(lab(100));

        assertThat(view.source()).isEqualTo(KernelSource.TCP_TABLE);
        assertThat(view.inferred()).isFalse();
        KernelSocket client1 = view.socket(name("client1")).orElseThrow();
        assertThat(client1.state()).isEqualTo(TcpState.ESTABLISHED);
        assertThat(client1.inferred()).isFalse();
        assertThat(List.of(client1.sendQueue(), client1.recvQueue())).as("not shown, not 0").containsOnly(-1L);
        assertThat(view.socket(SocketName.SERVER).orElseThrow().state()).isEqualTo(TcpState.LISTEN);
        assertThat(view.socket(SocketName.SERVER).orElseThrow().backlog()).isEqualTo(100);
        assertThat(view.accepting()).extracting(QueuedConnection::remote).as("listed with its addresses")
                .containsExactly("127.0.0.1:50124");
        KernelSocket client3 = view.socket(name("client3")).orElseThrow();
        assertThat(client3.state()).as("listed under process 0").isEqualTo(TcpState.TIME_WAIT);
        assertThat(client3.afterClose()).isTrue();
        assertThat(client3.timerMillis()).as("Windows gives no timer").isEqualTo(-1);
        assertThat(client3.unseen()).isFalse();
    }

    @Test
    void onMacosTheQueuesAreBytesTheAcceptQueueACountAndAClosedSocketIsNotShown() {
        List<Socket> ours = List.of(
                Socket.listener4("127.0.0.1", 11000, 1, 0, 128),
                Socket.tcp4(SocketFdInfos.TSI_S_ESTABLISHED, "127.0.0.1", 50123, "127.0.0.1", 11000, 12, 0),
                Socket.tcp4(SocketFdInfos.TSI_S_ESTABLISHED, "127.0.0.1", 11000, "127.0.0.1", 50123, 0, 0),
                Socket.tcp4(SocketFdInfos.TSI_S_ESTABLISHED, "127.0.0.1", 50124, "127.0.0.1", 11000, 0, 0));
        int[] list = new int[2 * ours.size()];
        for (int i = 0; i < ours.size(); i++) {
            list[2 * i] = 30 + i;
            list[2 * i + 1] = SocketFdInfos.PROX_FDTYPE_SOCKET;
        }
        MacSocketTable table = new MacSocketTable(new MacSocketTable.Sockets() {
            @Override
            public ByteBuffer descriptors() {
                return SocketFdInfos.fdList(list);
            }

            @Override
            public Optional<ByteBuffer> socket(int fd) {
                return Optional.of(SocketFdInfos.socketFdInfo(ours.get(fd - 30)));
            }
        });
        KernelView view = new KernelReader(table).read(lab(200));

        assertThat(view.source()).isEqualTo(KernelSource.PROC_PIDFDINFO);
        KernelSocket server = view.socket(SocketName.SERVER).orElseThrow();
        assertThat(server.recvQueue()).as("soi_qlen").isEqualTo(1);
        assertThat(server.backlog()).as("soi_qlimit: the kernel's limit, not the 200 asked for").isEqualTo(128);
        assertThat(view.accepting()).as("no socket of the program yet: counted, not listed").isEmpty();
        assertThat(view.socket(name("client1")).orElseThrow().recvQueue()).isEqualTo(12);
        assertThat(view.socket(name("worker1")).orElseThrow().state()).isEqualTo(TcpState.ESTABLISHED);
        KernelSocket client3 = view.socket(name("client3")).orElseThrow();
        assertThat(client3.unseen()).as("closed: macOS no longer shows it").isTrue();
        assertThat(List.of(client3.sendQueue(), client3.recvQueue())).containsOnly(-1L);
    }

    @Test
    void onLinuxTheReaderIsProcNetTcpAndAClosedSocketWithoutARowIsClosed() {
        assertThat(KernelReader.table(OsKind.LINUX)).isInstanceOf(ProcNetTcp.class);
        KernelView view = new KernelReader(() -> Optional.of(List.<TcpRow>of())).read(lab(100));
        KernelSocket client3 = view.socket(name("client3")).orElseThrow();
        assertThat(client3.unseen()).isFalse();
        assertThat(client3.state()).isEqualTo(TcpState.CLOSED);
        assertThat(List.of(client3.sendQueue(), client3.recvQueue())).containsOnly(0L);
    }

    @Test
    void aReaderWhoseSystemLibraryDoesNotLoadFallsBackToInference() {
        // Linux here: neither iphlpapi.dll nor libSystem loads
        for (OsKind os : List.of(OsKind.WINDOWS, OsKind.MACOS)) {
            TcpTable<?> table = KernelReader.table(os);
            assertThat(table.rows()).as(os.word()).isEmpty();
            KernelView view = new KernelReader(table).read(lab(100));
            assertThat(view.inferred()).as(os.word()).isTrue();
            assertThat(view.source()).isEqualTo(KernelSource.INFERRED);
            assertThat(view.sockets()).allMatch(KernelSocket::inferred);
        }
    }

    private static SocketView socket(String name, SocketState state, String local, String remote) {
        return new SocketView(name(name), state, Counters.ZERO, local, remote);
    }

    private static void put(Map<SocketName, SocketView> sockets, SocketView view) {
        sockets.put(view.name(), view);
    }

    private static SocketName name(String text) {
        return SocketName.parse(text).orElseThrow();
    }
}
