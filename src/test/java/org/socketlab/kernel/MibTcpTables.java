package org.socketlab.kernel;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Builds the tables Windows' {@code GetExtendedTcpTable(…, TCP_TABLE_OWNER_PID_ALL)} fills, byte by byte, from
 * Microsoft's documentation (Microsoft Learn, IP Helper: {@code MIB_TCPTABLE_OWNER_PID},
 * {@code MIB_TCPROW_OWNER_PID}, {@code MIB_TCP6TABLE_OWNER_PID}, {@code MIB_TCP6ROW_OWNER_PID},
 * {@code MIB_TCP_STATE}), as on x64 and ARM64 Windows: little-endian, every field a DWORD (4 bytes) or bytes.
 *
 * <pre>
 * MIB_TCPTABLE_OWNER_PID   { DWORD dwNumEntries; MIB_TCPROW_OWNER_PID table[ANY_SIZE]; }
 * MIB_TCPROW_OWNER_PID     { DWORD dwState; DWORD dwLocalAddr; DWORD dwLocalPort;
 *                            DWORD dwRemoteAddr; DWORD dwRemotePort; DWORD dwOwningPid; }        24 bytes
 * MIB_TCP6TABLE_OWNER_PID  { DWORD dwNumEntries; MIB_TCP6ROW_OWNER_PID table[ANY_SIZE]; }
 * MIB_TCP6ROW_OWNER_PID    { UCHAR ucLocalAddr[16]; DWORD dwLocalScopeId; DWORD dwLocalPort;
 *                            UCHAR ucRemoteAddr[16]; DWORD dwRemoteScopeId; DWORD dwRemotePort;
 *                            DWORD dwState; DWORD dwOwningPid; }                                 56 bytes
 * </pre>
 *
 * Addresses are in network byte order. A port is in network byte order in the lower 16 bits of its DWORD
 * ("the upper 16 bits may contain uninitialized data": the builder puts garbage there).
 */
final class MibTcpTables {
    /** MIB_TCP_STATE. */
    static final int CLOSED = 1, LISTEN = 2, SYN_SENT = 3, SYN_RCVD = 4, ESTAB = 5, FIN_WAIT1 = 6, FIN_WAIT2 = 7,
            CLOSE_WAIT = 8, CLOSING = 9, LAST_ACK = 10, TIME_WAIT = 11, DELETE_TCB = 12;

    /** One row: state, local and remote address and port, owning process. */
    record Row(int state, String localIp, int localPort, String remoteIp, int remotePort, int pid) {
    }

    private MibTcpTables() {
    }

    static ByteBuffer ipv4(List<Row> rows) {
        ByteBuffer b = ByteBuffer.allocate(4 + 24 * rows.size()).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(rows.size());                      // dwNumEntries
        for (Row r : rows) {
            b.putInt(r.state());                    // dwState
            b.put(address(r.localIp(), 4));         // dwLocalAddr
            port(b, r.localPort());                 // dwLocalPort
            b.put(address(r.remoteIp(), 4));        // dwRemoteAddr
            port(b, r.remotePort());                // dwRemotePort
            b.putInt(r.pid());                      // dwOwningPid
        }
        return b.flip();
    }

    static ByteBuffer ipv6(List<Row> rows) {
        ByteBuffer b = ByteBuffer.allocate(4 + 56 * rows.size()).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(rows.size());                      // dwNumEntries
        for (Row r : rows) {
            b.put(address(r.localIp(), 16));        // ucLocalAddr[16]
            b.putInt(0);                            // dwLocalScopeId
            port(b, r.localPort());                 // dwLocalPort
            b.put(address(r.remoteIp(), 16));       // ucRemoteAddr[16]
            b.putInt(0);                            // dwRemoteScopeId
            port(b, r.remotePort());                // dwRemotePort
            b.putInt(r.state());                    // dwState
            b.putInt(r.pid());                      // dwOwningPid
        }
        return b.flip();
    }

    /** A port DWORD: network byte order in the lower 16 bits (the first two bytes, little-endian), garbage above. */
    private static void port(ByteBuffer b, int port) {
        b.put((byte) (port >>> 8)).put((byte) port).put((byte) 0xA5).put((byte) 0x5A);
    }

    /** The address in network byte order; an IPv4 address given for an IPv6 row is written IPv4-mapped. */
    private static byte[] address(String ip, int length) {
        try {
            byte[] raw = InetAddress.getByName(ip).getAddress();
            if (raw.length == length) {
                return raw;
            }
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xFF;
            mapped[11] = (byte) 0xFF;
            System.arraycopy(raw, 0, mapped, 12, 4);
            return mapped;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }
}
