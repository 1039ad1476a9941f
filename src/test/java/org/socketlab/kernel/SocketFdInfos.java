package org.socketlab.kernel;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;

/**
 * Builds what macOS's libproc fills, field by field in the order Apple's {@code <sys/proc_info.h>} declares
 * them, each at its natural alignment as on x86_64 and arm64 (little-endian; a structure aligned to its
 * widest member): {@code struct socket_fdinfo} for {@code proc_pidfdinfo(PROC_PIDFDSOCKETINFO)}, and the
 * {@code struct proc_fdinfo} array of {@code proc_pidinfo(PROC_PIDLISTFDS)}. The offsets follow from the
 * declarations; nothing here is taken from the reader under test.
 */
final class SocketFdInfos {
    /** {@code TSI_S_*}, the states of {@code tcp_sockinfo.tcpsi_state}. */
    static final int TSI_S_CLOSED = 0, TSI_S_LISTEN = 1, TSI_S_SYN_SENT = 2, TSI_S_SYN_RECEIVED = 3,
            TSI_S_ESTABLISHED = 4, TSI_S_CLOSE_WAIT = 5, TSI_S_FIN_WAIT_1 = 6, TSI_S_CLOSING = 7, TSI_S_LAST_ACK = 8,
            TSI_S_FIN_WAIT_2 = 9, TSI_S_TIME_WAIT = 10;
    static final int AF_INET = 2, AF_INET6 = 30, AF_UNIX = 1;
    static final int SOCKINFO_IN = 1, SOCKINFO_TCP = 2, SOCKINFO_UN = 3;
    static final int INI_IPV4 = 0x1, INI_IPV6 = 0x2;
    static final int PROX_FDTYPE_VNODE = 1, PROX_FDTYPE_SOCKET = 2, PROX_FDTYPE_KQUEUE = 5;

    /** What one socket holds. */
    record Socket(int family, int kind, int vflag, int state, String localIp, int localPort, String remoteIp,
                  int remotePort, int rcvBytes, int sndBytes, int qlen, int incqlen, int qlimit) {
        static Socket tcp4(int state, String localIp, int localPort, String remoteIp, int remotePort, int rcv, int snd) {
            return new Socket(AF_INET, SOCKINFO_TCP, INI_IPV4, state, localIp, localPort, remoteIp, remotePort, rcv, snd,
                    0, 0, 0);
        }

        static Socket tcp6(int state, String localIp, int localPort, String remoteIp, int remotePort, int rcv, int snd) {
            return new Socket(AF_INET6, SOCKINFO_TCP, INI_IPV6, state, localIp, localPort, remoteIp, remotePort, rcv, snd,
                    0, 0, 0);
        }

        static Socket listener4(String localIp, int localPort, int qlen, int incqlen, int qlimit) {
            return new Socket(AF_INET, SOCKINFO_TCP, INI_IPV4, TSI_S_LISTEN, localIp, localPort, "0.0.0.0", 0, 0, 0, qlen,
                    incqlen, qlimit);
        }
    }

    private SocketFdInfos() {
    }

    /** {@code struct proc_fdinfo { int32_t proc_fd; uint32_t proc_fdtype; }}, one after the other. */
    static ByteBuffer fdList(int... fdAndType) {
        Struct s = new Struct(4 * fdAndType.length);
        for (int i = 0; i < fdAndType.length; i += 2) {
            s.i32(fdAndType[i]);                    // proc_fd
            s.i32(fdAndType[i + 1]);                // proc_fdtype
        }
        return s.done();
    }

    /** {@code struct socket_fdinfo { struct proc_fileinfo pfi; struct socket_info psi; }}. */
    static ByteBuffer socketFdInfo(Socket so) {
        Struct s = new Struct(1024);
        s.begin(8); // struct proc_fileinfo
        s.i32(2);                                   // fi_openflags (FREAD|FWRITE)
        s.i32(0);                                   // fi_status
        s.i64(0);                                   // fi_offset (off_t)
        s.i32(PROX_FDTYPE_SOCKET);                  // fi_type
        s.i32(0);                                   // fi_guardflags
        s.end();
        s.begin(8); // struct socket_info
        s.begin(8); // struct vinfo_stat soi_stat
        s.i32(0);                                   // vst_dev
        s.i16(0140777);                             // vst_mode (S_IFSOCK)
        s.i16(1);                                   // vst_nlink
        s.i64(0x1234);                              // vst_ino
        s.i32(501);                                 // vst_uid
        s.i32(20);                                  // vst_gid
        for (int i = 0; i < 8; i++) {
            s.i64(1_700_000_000L);                  // vst_atime … vst_birthtimensec
        }
        s.i64(0);                                   // vst_size
        s.i64(0);                                   // vst_blocks
        s.i32(131072);                              // vst_blksize
        s.i32(0);                                   // vst_flags
        s.i32(0);                                   // vst_gen
        s.i32(0);                                   // vst_rdev
        s.i64(0);                                   // vst_qspare[0]
        s.i64(0);                                   // vst_qspare[1]
        s.end();
        s.i64(0xFFFFFF8012345678L);                 // soi_so
        s.i64(0xFFFFFF8087654321L);                 // soi_pcb
        s.i32(1);                                   // soi_type (SOCK_STREAM)
        s.i32(6);                                   // soi_protocol (IPPROTO_TCP)
        s.i32(so.family());                         // soi_family
        s.i16(0x0004);                              // soi_options
        s.i16(0);                                   // soi_linger
        s.i16(0x0102);                              // soi_state
        s.i16(so.qlen());                           // soi_qlen
        s.i16(so.incqlen());                        // soi_incqlen
        s.i16(so.qlimit());                         // soi_qlimit
        s.i16(0);                                   // soi_timeo
        s.i16(0);                                   // soi_error
        s.i32(0);                                   // soi_oobmark
        sockbuf(s, so.rcvBytes(), 408_300);         // soi_rcv
        sockbuf(s, so.sndBytes(), 146_988);         // soi_snd
        s.i32(so.kind());                           // soi_kind
        s.i32(0);                                   // rfu_1
        int proto = s.begin(8); // union soi_proto, here its struct tcp_sockinfo pri_tcp
        s.begin(8); // struct in_sockinfo tcpsi_ini
        s.i32(htons(so.remotePort()));              // insi_fport
        s.i32(htons(so.localPort()));               // insi_lport
        s.i64(77);                                  // insi_gencnt
        s.i32(0);                                   // insi_flags
        s.i32(0);                                   // insi_flow
        s.i8(so.vflag());                           // insi_vflag
        s.i8(64);                                   // insi_ip_ttl
        s.i32(0);                                   // rfu_1
        s.bytes(in4in6(so.remoteIp()));             // insi_faddr
        s.bytes(in4in6(so.localIp()));              // insi_laddr
        s.i8(0);                                    // insi_v4.in4_tos
        s.begin(4); // insi_v6
        s.i8(64);                                   // in6_hlim
        s.i32(0);                                   // in6_cksum
        s.i16(0);                                   // in6_ifindex
        s.i16(0);                                   // in6_hops
        s.end();
        s.end();
        s.i32(so.state());                          // tcpsi_state
        for (int i = 0; i < 4; i++) {
            s.i32(0);                               // tcpsi_timer[TSI_T_NTIMERS]
        }
        s.i32(16344);                               // tcpsi_mss
        s.i32(0);                                   // tcpsi_flags
        s.i32(0);                                   // rfu_1
        s.i64(0xFFFFFF80AAAA0000L);                 // tcpsi_tp
        // the union is as large as its largest member, struct un_sockinfo: two uint64_t, two 255-byte addresses
        s.padTo(proto + 8 + 8 + 255 + 255);
        s.end();
        s.end();
        return s.done();
    }

    /** {@code struct sockbuf_info}. */
    private static void sockbuf(Struct s, int cc, int hiwat) {
        s.begin(4);
        s.i32(cc);                                  // sbi_cc
        s.i32(hiwat);                               // sbi_hiwat
        s.i32(0);                                   // sbi_mbcnt
        s.i32(hiwat * 2);                           // sbi_mbmax
        s.i32(1);                                   // sbi_lowat
        s.i16(0);                                   // sbi_flags
        s.i16(0);                                   // sbi_timeo
        s.end();
    }

    /** A port as the kernel keeps it: {@code inp_lport}, network byte order, read as a host-order int. */
    private static int htons(int port) {
        return Short.toUnsignedInt(Short.reverseBytes((short) port));
    }

    /** {@code struct in4in6_addr} (three zero words, then the IPv4 address) or {@code struct in6_addr}. */
    private static byte[] in4in6(String ip) {
        try {
            byte[] raw = InetAddress.getByName(ip).getAddress();
            byte[] union = new byte[16];
            System.arraycopy(raw, 0, union, 16 - raw.length, raw.length);
            return union;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }

    /**
     * Writes fields in declaration order, each at its natural alignment; {@link #begin} and {@link #end}
     * bracket a nested structure, aligning its start and padding its end to its own alignment.
     */
    private static final class Struct {
        private final ByteBuffer b;
        private final ArrayDeque<Integer> aligns = new ArrayDeque<>();

        Struct(int capacity) {
            b = ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
        }

        /** Starts a nested structure (or union) aligned to {@code align}; returns where it starts. */
        int begin(int align) {
            pad(align);
            aligns.push(align);
            return b.position();
        }

        void end() {
            pad(aligns.pop());
        }

        void padTo(int at) {
            b.position(Math.max(b.position(), at));
        }

        void i8(int v) {
            b.put((byte) v);
        }

        void i16(int v) {
            pad(2);
            b.putShort((short) v);
        }

        void i32(int v) {
            pad(4);
            b.putInt(v);
        }

        void i64(long v) {
            pad(8);
            b.putLong(v);
        }

        void bytes(byte[] v) {
            b.put(v);
        }

        private void pad(int align) {
            b.position((b.position() + align - 1) / align * align);
        }

        ByteBuffer done() {
            return b.flip();
        }
    }
}
