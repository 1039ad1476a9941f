package org.socketlab.kernel;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One of this program's TCP sockets as macOS describes it to the program: the {@code struct socket_fdinfo}
 * that {@code proc_pidfdinfo(pid, fd, PROC_PIDFDSOCKETINFO)} fills. It gives the TCP state, the bytes in the
 * receive and send buffers ({@code soi_rcv.sbi_cc}, {@code soi_snd.sbi_cc}) and, for a listener, its accept
 * queue ({@code soi_qlen} connections not yet accepted, {@code soi_incqlen} of them still in their
 * handshake, at most {@code soi_qlimit}). No timers are read.
 *
 * <p>The offsets follow Apple's {@code <sys/proc_info.h>} with the natural alignment of the 64-bit ABIs
 * (x86_64 and arm64 lay these structures out alike, little-endian):
 * {@code socket_fdinfo} = {@code proc_fileinfo pfi} (24 bytes) + {@code socket_info psi} (768 bytes), 792 in
 * all. In {@code psi}: {@code vinfo_stat soi_stat} (136 bytes), {@code soi_so}, {@code soi_pcb} (8 each),
 * {@code soi_type}, {@code soi_protocol}, {@code soi_family} (ints, at 152, 156, 160), the shorts
 * {@code soi_options}, {@code soi_linger}, {@code soi_state}, {@code soi_qlen} (170), {@code soi_incqlen}
 * (172), {@code soi_qlimit} (174), {@code soi_timeo}, {@code soi_error}, then {@code soi_oobmark},
 * {@code sockbuf_info soi_rcv} (184) and {@code soi_snd} (208), 24 bytes each with {@code sbi_cc} first,
 * {@code soi_kind} (232), a reserved int, and the union {@code soi_proto} (240). For {@code SOCKINFO_TCP}
 * the union holds {@code tcp_sockinfo}: {@code in_sockinfo tcpsi_ini} (80 bytes: {@code insi_fport} 0,
 * {@code insi_lport} 4, {@code insi_vflag} 24, {@code insi_faddr} 32 and {@code insi_laddr} 48, 16 bytes
 * each, an IPv4 address in the last 4) then {@code tcpsi_state} (80). Ports are kept in network byte order
 * in the lower 16 bits of their int; the states are {@code TSI_S_CLOSED} (0) to {@code TSI_S_TIME_WAIT} (10).
 *
 * @param incomplete for a listener, the connections in its accept queue whose handshake is not done
 * @param acceptLimit for a listener, {@code soi_qlimit}; -1 otherwise
 */
public record MacTcpSocket(String local, String remote, TcpState state, long sendQueue, long recvQueue, int incomplete,
                           int acceptLimit) implements TcpRow {
    /** {@code sizeof(struct socket_fdinfo)}: {@code PROC_PIDFDSOCKETINFO_SIZE}. */
    public static final int SIZE = 792;
    /** {@code sizeof(struct proc_fdinfo)}: one entry of {@code PROC_PIDLISTFDS}, {@code proc_fd} then {@code proc_fdtype}. */
    static final int FD_ENTRY = 8;
    /** {@code PROX_FDTYPE_SOCKET}. */
    static final int FDTYPE_SOCKET = 2;

    /** Where {@code struct socket_info psi} starts in {@code socket_fdinfo}: after {@code proc_fileinfo}. */
    static final int PSI = 24;
    static final int SOI_FAMILY = PSI + 160;
    static final int SOI_QLEN = PSI + 170;
    static final int SOI_INCQLEN = PSI + 172;
    static final int SOI_QLIMIT = PSI + 174;
    /** {@code soi_rcv.sbi_cc}: bytes received, not yet read. */
    static final int SOI_RCV_CC = PSI + 184;
    /** {@code soi_snd.sbi_cc}: bytes written, not yet acknowledged by the peer. */
    static final int SOI_SND_CC = PSI + 208;
    static final int SOI_KIND = PSI + 232;
    /** {@code soi_proto.pri_tcp}. */
    static final int TCP = PSI + 240;
    static final int INSI_FPORT = TCP;
    static final int INSI_LPORT = TCP + 4;
    static final int INSI_VFLAG = TCP + 24;
    static final int INSI_FADDR = TCP + 32;
    static final int INSI_LADDR = TCP + 48;
    static final int TCPSI_STATE = TCP + 80;

    /** {@code SOCKINFO_TCP}: {@code soi_proto} holds a {@code tcp_sockinfo}. */
    static final int SOCKINFO_TCP = 2;
    static final int AF_INET = 2;
    /** {@code AF_INET6} as macOS numbers it. */
    static final int AF_INET6 = 30;
    /** {@code INI_IPV4} in {@code insi_vflag}: the addresses are IPv4, in the last 4 bytes of their 16. */
    static final int INI_IPV4 = 0x1;

    /** {@code TSI_S_*} in order from 0. */
    private static final TcpState[] STATES = {TcpState.CLOSED, TcpState.LISTEN, TcpState.SYN_SENT, TcpState.SYN_RECV,
        TcpState.ESTABLISHED, TcpState.CLOSE_WAIT, TcpState.FIN_WAIT1, TcpState.CLOSING, TcpState.LAST_ACK,
        TcpState.FIN_WAIT2, TcpState.TIME_WAIT};

    @Override
    public long timerMillis() {
        return -1;
    }

    /**
     * A {@code struct socket_fdinfo} in the machine's byte order; empty for a socket that is not TCP over IPv4
     * or IPv6, or a buffer too short to be one.
     */
    public static Optional<MacTcpSocket> decode(ByteBuffer info) {
        if (info.limit() < SIZE || info.getInt(SOI_KIND) != SOCKINFO_TCP) {
            return Optional.empty();
        }
        int family = info.getInt(SOI_FAMILY);
        int code = info.getInt(TCPSI_STATE);
        if (family != AF_INET && family != AF_INET6 || code < 0 || code >= STATES.length) {
            return Optional.empty();
        }
        boolean ipv4 = (info.get(INSI_VFLAG) & INI_IPV4) != 0;
        String local = Fields.shown(address(info, INSI_LADDR, ipv4), Fields.port(info, INSI_LPORT));
        String remote = Fields.shown(address(info, INSI_FADDR, ipv4), Fields.port(info, INSI_FPORT));
        TcpState state = STATES[code];
        long sent = Integer.toUnsignedLong(info.getInt(SOI_SND_CC));
        if (state == TcpState.LISTEN) {
            return Optional.of(new MacTcpSocket(local, remote, state, sent, info.getShort(SOI_QLEN),
                    info.getShort(SOI_INCQLEN), info.getShort(SOI_QLIMIT)));
        }
        return Optional.of(new MacTcpSocket(local, remote, state, sent, Integer.toUnsignedLong(info.getInt(SOI_RCV_CC)),
                0, -1));
    }

    /** The socket descriptors in a {@code PROC_PIDLISTFDS} answer (an array of {@code struct proc_fdinfo}). */
    public static int[] socketDescriptors(ByteBuffer list) {
        return IntStream.range(0, list.limit() / FD_ENTRY).map(i -> i * FD_ENTRY)
                .filter(at -> list.getInt(at + 4) == FDTYPE_SOCKET).map(list::getInt).toArray();
    }

    /** An {@code in4in6_addr} / {@code in6_addr} union: the IPv4 address in its last 4 bytes, or all 16. */
    private static byte[] address(ByteBuffer info, int at, boolean ipv4) {
        return ipv4 ? Fields.address(info, at + 12, 4) : Fields.address(info, at, 16);
    }
}
