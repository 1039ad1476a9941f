package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.SocketView;
import org.socketlab.os.OsKind;

/**
 * A connection looked up by its addresses through sock_diag reads as its line of /proc/net/tcp reads: real
 * sockets on loopback, in every state a lab leaves them in, each family.
 */
class SockDiagTableTest {
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void everyRowOfTheLabsPortsReadsAsInProcNetTcp() throws Exception {
        assumeTrue(OsKind.current() == OsKind.LINUX);
        SockDiagTable diag = SockDiagTable.system().orElseThrow();
        for (StandardProtocolFamily family : List.of(StandardProtocolFamily.INET, StandardProtocolFamily.INET6)) {
            String loopback = family == StandardProtocolFamily.INET ? "127.0.0.1" : "::1";
            ServerSocketChannel server = keep(ServerSocketChannel.open(family));
            server.bind(new InetSocketAddress(loopback, 0), 10);
            int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
            SocketChannel unread = connect(family, loopback, port);
            SocketChannel worker = keep(server.accept());
            unread.write(ByteBuffer.wrap(new byte[12])); // 12 bytes wait in the worker's receive queue
            SocketChannel closing = connect(family, loopback, port);
            keep(server.accept());
            String closingLocal = SocketView.show(closing.getLocalAddress());
            String closingRemote = SocketView.show(closing.getRemoteAddress());
            closing.close(); // FIN_WAIT2 here, CLOSE_WAIT on the worker's side
            connect(family, loopback, port); // waits in the accept queue
            await(diag, SocketView.show(worker.getLocalAddress()), SocketView.show(worker.getRemoteAddress()),
                    r -> r.recvQueue() == 12);
            await(diag, closingLocal, closingRemote, r -> r.state() == TcpState.FIN_WAIT2);

            boolean ipv6 = family == StandardProtocolFamily.INET6;
            List<ProcTcpRow> proc = ProcNetTcp.system().rows(!ipv6, ipv6, p -> p == port).orElseThrow();
            assertThat(proc).extracting(TcpRow::state).contains(TcpState.LISTEN, TcpState.ESTABLISHED,
                    TcpState.FIN_WAIT2, TcpState.CLOSE_WAIT);
            for (ProcTcpRow row : proc) {
                ProcTcpRow looked = diag.row(row.local(), row.remote()).orElseThrow(() -> new AssertionError("no " + row));
                assertThat(withoutTimeLeft(looked)).as(row.toString()).isEqualTo(withoutTimeLeft(row));
            }
        }
    }

    @Test
    void aConnectionTheKernelDoesNotHoldIsNoneNotTheListenerOnItsPort() throws Exception {
        assumeTrue(OsKind.current() == OsKind.LINUX);
        SockDiagTable diag = SockDiagTable.system().orElseThrow();
        ServerSocketChannel server = keep(ServerSocketChannel.open(StandardProtocolFamily.INET));
        server.bind(new InetSocketAddress("127.0.0.1", 0), 10);
        String listener = SocketView.show(server.getLocalAddress());

        assertThat(diag.row(listener, "127.0.0.1:9")).isEmpty();
        assertThat(diag.row(listener, "0.0.0.0:0")).map(TcpRow::state).contains(TcpState.LISTEN);
        server.close();
        assertThat(diag.row(listener, "0.0.0.0:0")).isEmpty();
    }

    /** A lookup of a made-up connection asks for exactly its addresses, ports in network order. */
    @Test
    void theRequestNamesBothAddressesAndPorts() throws Exception {
        byte[] request = SockDiagTable.request("127.0.0.1:11000", "127.0.0.2:50100", 7);
        ByteBuffer b = ByteBuffer.wrap(request);
        assertThat(request).hasSize(72);
        assertThat(Short.toUnsignedInt(b.getShort(24))).isEqualTo(11000);
        assertThat(Short.toUnsignedInt(b.getShort(26))).isEqualTo(50100);
        assertThat(new byte[] {b.get(28), b.get(29), b.get(30), b.get(31)}).containsExactly(127, 0, 0, 1);
        assertThat(new byte[] {b.get(44), b.get(45), b.get(46), b.get(47)}).containsExactly(127, 0, 0, 2);
        assertThat(request[16]).isEqualTo((byte) SockDiagTable.AF_INET);
        assertThat(SockDiagTable.request("[::1]:11000", "[::1]:50100", 8)[16]).isEqualTo((byte) SockDiagTable.AF_INET6);
    }

    private static ProcTcpRow withoutTimeLeft(ProcTcpRow row) {
        return new ProcTcpRow(row.local(), row.remote(), row.state(), row.sendQueue(), row.recvQueue(), row.timer(), 0,
                row.inode());
    }

    private SocketChannel connect(StandardProtocolFamily family, String host, int port) throws IOException {
        SocketChannel c = keep(SocketChannel.open(family));
        c.connect(new InetSocketAddress(host, port));
        return c;
    }

    private static void await(SockDiagTable diag, String local, String remote, Predicate<ProcTcpRow> settled)
            throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<ProcTcpRow> row = diag.row(local, remote);
            if (row.isPresent() && settled.test(row.get())) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError(local + " → " + remote + " never settled");
    }

    private <T extends AutoCloseable> T keep(T c) {
        open.add(c);
        return c;
    }
}
