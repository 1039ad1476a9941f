package org.socketlab.kernel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.socketlab.engine.SocketView;
import org.socketlab.os.NetlinkSockDiag;

/**
 * One connection of Linux's table at a time, looked up by its two addresses through the socket-diagnostics
 * channel (sock_diag(7): {@code SOCK_DIAG_BY_FAMILY} with an {@code inet_diag_req_v2} naming the connection),
 * where {@code /proc/net/tcp} can only be read whole. The kernel finds the connection in its hash table, so a
 * lookup costs the same however many connections there are. Its answer, an {@code inet_diag_msg}, holds what
 * the line of {@code /proc/net/tcp} holds, and is read into the same values ({@link ProcTcpRow}).
 */
public final class SockDiagTable implements ConnectionLookup {
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    private static final int SOCK_DIAG_BY_FAMILY = 20;
    private static final int NLMSG_ERROR = 2;
    private static final int NLM_F_REQUEST = 1;
    private static final int IPPROTO_TCP = 6;
    private static final int ENOENT = 2;
    private static final int HEADER = 16;
    /** {@code inet_diag_req_v2}: family, protocol, extensions, pad, states, then the 48-byte {@code inet_diag_sockid}. */
    private static final int REQUEST = 56;
    /** {@code inet_diag_msg} up to and with the inode. */
    private static final int MESSAGE = 72;
    private static final int ALL_STATES = 0xFFFFFFFF;
    /** {@code INET_DIAG_NOCOOKIE}: any socket with these addresses. */
    private static final int NO_COOKIE = 0xFFFFFFFF;

    /** Sends a request, returns the kernel's answer. */
    @FunctionalInterface
    interface Channel {
        ByteBuffer ask(byte[] request) throws IOException;
    }

    private final Channel channel;
    /** Numbers the requests of every table of the process: they share one channel ({@link NetlinkSockDiag#shared}). */
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    SockDiagTable(Channel channel) {
        this.channel = channel;
    }

    /** This machine's, where the channel opens (Linux); empty elsewhere. */
    static Optional<SockDiagTable> system() {
        return NetlinkSockDiag.shared().map(diag -> new SockDiagTable(diag::ask));
    }

    /**
     * Where no connection matches exactly, the kernel answers with the listener on the local port; that is no
     * answer to the question, and is left out.
     */
    @Override
    public Optional<ProcTcpRow> row(String local, String remote) throws IOException {
        ByteBuffer answer = channel.ask(request(local, remote, SEQUENCE.incrementAndGet()));
        Optional<ProcTcpRow> row = answer(answer);
        return row.filter(r -> r.local().equals(local) && r.remote().equals(remote));
    }

    static byte[] request(String local, String remote, int sequence) throws UnknownHostException {
        InetSocketAddress src = address(local);
        InetSocketAddress dst = address(remote);
        byte[] request = new byte[HEADER + REQUEST];
        ByteBuffer b = ByteBuffer.wrap(request).order(ByteOrder.nativeOrder());
        b.putInt(request.length).putShort((short) SOCK_DIAG_BY_FAMILY).putShort((short) NLM_F_REQUEST)
                .putInt(sequence).putInt(0);
        boolean ipv6 = AddressPair.isIpv6(local);
        b.put((byte) (ipv6 ? AF_INET6 : AF_INET)).put((byte) IPPROTO_TCP).put((byte) 0).put((byte) 0).putInt(ALL_STATES);
        b.order(ByteOrder.BIG_ENDIAN).putShort((short) src.getPort()).putShort((short) dst.getPort());
        b.put(padded(src.getAddress().getAddress())).put(padded(dst.getAddress().getAddress()));
        b.order(ByteOrder.nativeOrder()).putInt(0).putInt(NO_COOKIE).putInt(NO_COOKIE);
        return request;
    }

    /** The row an answer holds; empty when the kernel has no such connection. */
    static Optional<ProcTcpRow> answer(ByteBuffer a) throws IOException {
        a.order(ByteOrder.nativeOrder());
        int type = Short.toUnsignedInt(a.getShort(4));
        if (type == NLMSG_ERROR) {
            int error = a.getInt(HEADER);
            if (error == -ENOENT) {
                return Optional.empty();
            }
            throw new IOException("sock_diag answered error " + -error);
        }
        if (type != SOCK_DIAG_BY_FAMILY || a.limit() < HEADER + MESSAGE) {
            throw new IOException("sock_diag answered message type " + type);
        }
        int m = HEADER;
        int family = Byte.toUnsignedInt(a.get(m));
        Optional<TcpState> state = TcpState.ofCode(Byte.toUnsignedInt(a.get(m + 1)));
        if (state.isEmpty()) {
            throw new IOException("sock_diag answered state " + a.get(m + 1));
        }
        int timer = Byte.toUnsignedInt(a.get(m + 2));
        int localPort = Short.toUnsignedInt(a.order(ByteOrder.BIG_ENDIAN).getShort(m + 4));
        int remotePort = Short.toUnsignedInt(a.getShort(m + 6));
        a.order(ByteOrder.nativeOrder());
        int length = family == AF_INET6 ? 16 : 4;
        String local = shown(a, m + 8, length, localPort);
        String remote = shown(a, m + 24, length, remotePort);
        long expires = Integer.toUnsignedLong(a.getInt(m + 52));
        long recvQueue = Integer.toUnsignedLong(a.getInt(m + 56));
        // a listener's wqueue is its backlog; /proc/net/tcp shows it no Send-Q
        long sendQueue = state.get() == TcpState.LISTEN ? 0 : Integer.toUnsignedLong(a.getInt(m + 60));
        long inode = Integer.toUnsignedLong(a.getInt(m + 68));
        long ticks = expires * ProcTcpRow.TICKS_PER_SECOND / 1000;
        return Optional.of(new ProcTcpRow(local, remote, state.get(), sendQueue, recvQueue, timer, ticks, inode));
    }

    private static String shown(ByteBuffer a, int at, int length, int port) throws UnknownHostException {
        byte[] address = new byte[length];
        a.get(at, address);
        return SocketView.show(new InetSocketAddress(InetAddress.getByAddress(address), port));
    }

    private static byte[] padded(byte[] address) {
        byte[] sixteen = new byte[16];
        System.arraycopy(address, 0, sixteen, 0, address.length);
        return sixteen;
    }

    /** {@code 127.0.0.1:11000} or {@code [::1]:11000} → the address, read as a literal (no name lookup). */
    static InetSocketAddress address(String shown) throws UnknownHostException {
        String host = shown.substring(0, shown.lastIndexOf(':'));
        if (AddressPair.isIpv6(host)) {
            host = host.substring(1, host.length() - 1);
        }
        return new InetSocketAddress(InetAddress.getByName(host), ProcTcpRow.port(shown));
    }
}
