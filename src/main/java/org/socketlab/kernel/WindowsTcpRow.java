package org.socketlab.kernel;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of the table Windows' {@code GetExtendedTcpTable} fills with {@code TCP_TABLE_OWNER_PID_ALL}:
 * a connection's addresses, its state and the process that owns it. Windows gives no queue bytes here
 * (per-connection byte counts need TCP extended statistics and administrator rights) and no timers: those
 * are -1, unknown.
 *
 * <p>The layouts, from Microsoft's documentation (iphlpapi, tcpmib.h): a table is a {@code DWORD dwNumEntries}
 * followed by the rows. {@code MIB_TCPROW_OWNER_PID} is six DWORDs, 24 bytes: {@code dwState},
 * {@code dwLocalAddr}, {@code dwLocalPort}, {@code dwRemoteAddr}, {@code dwRemotePort}, {@code dwOwningPid}.
 * {@code MIB_TCP6ROW_OWNER_PID} is 56 bytes: {@code ucLocalAddr[16]}, {@code dwLocalScopeId},
 * {@code dwLocalPort}, {@code ucRemoteAddr[16]}, {@code dwRemoteScopeId}, {@code dwRemotePort},
 * {@code dwState}, {@code dwOwningPid}. Addresses are in network byte order; a port is in network byte
 * order in the lower 16 bits of its DWORD (the upper 16 may hold anything); the other DWORDs are in the
 * machine's order. The states are {@code MIB_TCP_STATE}'s, 1 ({@code CLOSED}) to 12 ({@code DELETE_TCB}).
 *
 * @param pid the owning process; 0 for a connection no process owns any more (TIME_WAIT)
 */
public record WindowsTcpRow(String local, String remote, TcpState state, long pid) implements TcpRow {
    /** Bytes of a {@code MIB_TCPROW_OWNER_PID}. */
    static final int IPV4_ROW = 24;
    /** Bytes of a {@code MIB_TCP6ROW_OWNER_PID}. */
    static final int IPV6_ROW = 56;
    /** Where the rows start: after {@code dwNumEntries} (the rows are DWORD-aligned). */
    static final int FIRST_ROW = 4;

    /** {@code MIB_TCP_STATE} in order from 1; {@code MIB_TCP_STATE_DELETE_TCB} (12) is a row being removed. */
    private static final TcpState[] STATES = {TcpState.CLOSED, TcpState.LISTEN, TcpState.SYN_SENT, TcpState.SYN_RECV,
        TcpState.ESTABLISHED, TcpState.FIN_WAIT1, TcpState.FIN_WAIT2, TcpState.CLOSE_WAIT, TcpState.CLOSING,
        TcpState.LAST_ACK, TcpState.TIME_WAIT};

    @Override
    public long sendQueue() {
        return -1;
    }

    @Override
    public long recvQueue() {
        return -1;
    }

    @Override
    public long timerMillis() {
        return -1;
    }

    /** The state a {@code MIB_TCP_STATE} value names, if it names one of ours (not DELETE_TCB). */
    static Optional<TcpState> state(int mibState) {
        return mibState >= 1 && mibState <= STATES.length ? Optional.of(STATES[mibState - 1]) : Optional.empty();
    }

    /** The rows of a {@code MIB_TCPTABLE_OWNER_PID}, as the buffer holds them (in the machine's byte order). */
    public static List<WindowsTcpRow> ipv4(ByteBuffer table) {
        List<WindowsTcpRow> rows = new ArrayList<>();
        for (int at = FIRST_ROW, n = entries(table, IPV4_ROW); n > 0; n--, at += IPV4_ROW) {
            Optional<TcpState> state = state(table.getInt(at));
            if (state.isPresent()) {
                rows.add(new WindowsTcpRow(Fields.shown(Fields.address(table, at + 4, 4), Fields.port(table, at + 8)),
                        Fields.shown(Fields.address(table, at + 12, 4), Fields.port(table, at + 16)), state.get(),
                        Integer.toUnsignedLong(table.getInt(at + 20))));
            }
        }
        return rows;
    }

    /** The rows of a {@code MIB_TCP6TABLE_OWNER_PID}; an IPv4-mapped address reads as IPv4, as Java shows it. */
    public static List<WindowsTcpRow> ipv6(ByteBuffer table) {
        List<WindowsTcpRow> rows = new ArrayList<>();
        for (int at = FIRST_ROW, n = entries(table, IPV6_ROW); n > 0; n--, at += IPV6_ROW) {
            Optional<TcpState> state = state(table.getInt(at + 48));
            if (state.isPresent()) {
                rows.add(new WindowsTcpRow(Fields.shown(Fields.address(table, at, 16), Fields.port(table, at + 20)),
                        Fields.shown(Fields.address(table, at + 24, 16), Fields.port(table, at + 44)), state.get(),
                        Integer.toUnsignedLong(table.getInt(at + 52))));
            }
        }
        return rows;
    }

    /** {@code dwNumEntries}, no more than the buffer holds rows for. */
    private static int entries(ByteBuffer table, int rowBytes) {
        if (table.limit() < FIRST_ROW) {
            return 0;
        }
        long n = Integer.toUnsignedLong(table.getInt(0));
        return (int) Math.min(n, (table.limit() - FIRST_ROW) / rowBytes);
    }
}
