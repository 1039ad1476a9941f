package org.socketlab.kernel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.socketlab.os.IpHelperTables;

/**
 * Windows' connection tables ({@code GetExtendedTcpTable}, IPv4 and IPv6), kept to this program's
 * connections: rows its process owns, and rows no process owns any more (a connection in TIME_WAIT is
 * listed under process 0), on the lab's ports. States only: Windows shows no queue bytes without
 * administrator rights, and no timers.
 */
public final class WindowsTcpTable implements TcpTable<WindowsTcpRow> {
    /** Fills a buffer with one family's table as Windows lays it out. */
    interface Tables {
        ByteBuffer table(boolean ipv6) throws IOException;
    }

    private final Tables tables;
    private final long pid;

    WindowsTcpTable(Tables tables, long pid) {
        this.tables = tables;
        this.pid = pid;
    }

    /** This machine's tables, for this process; empty where iphlpapi.dll does not load. */
    static Optional<WindowsTcpTable> system() {
        return IpHelperTables.load().map(api -> new WindowsTcpTable(
                ipv6 -> api.table(ipv6 ? IpHelperTables.AF_INET6 : IpHelperTables.AF_INET), ProcessHandle.current().pid()));
    }

    @Override
    public Optional<List<WindowsTcpRow>> rows() {
        return rows(true, true, port -> true);
    }

    /**
     * Both families are always read: a connection of Java's dual-stack sockets may be listed in either
     * table, its IPv4-mapped addresses reading as IPv4.
     */
    @Override
    public Optional<List<WindowsTcpRow>> rows(boolean withIpv4, boolean withIpv6, IntPredicate ports) {
        try {
            List<WindowsTcpRow> rows = new ArrayList<>();
            for (WindowsTcpRow row : concat(WindowsTcpRow.ipv4(tables.table(false)), WindowsTcpRow.ipv6(tables.table(true)))) {
                if ((row.pid() == pid || row.pid() == 0)
                        && (ports.test(ProcTcpRow.port(row.local())) || ports.test(ProcTcpRow.port(row.remote())))) {
                    rows.add(row);
                }
            }
            return Optional.of(rows);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<WindowsTcpRow> concat(List<WindowsTcpRow> a, List<WindowsTcpRow> b) {
        List<WindowsTcpRow> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public KernelSource source() {
        return KernelSource.TCP_TABLE;
    }
}
