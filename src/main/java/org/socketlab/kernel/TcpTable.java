package org.socketlab.kernel;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Where the kernel's connection table is read from, one per system: Linux's {@link ProcNetTcp}, Windows'
 * {@link WindowsTcpTable}, macOS's {@link MacSocketTable}. Empty where the system has none to read, or the
 * read failed.
 *
 * @param <R> the rows it lists
 */
@FunctionalInterface
public interface TcpTable<R extends TcpRow> {
    Optional<List<R>> rows();

    /**
     * The rows of the IPv4 table, the IPv6 table or both, of connections with a local or remote port that
     * {@code ports} accepts. Reading a table costs the kernel a walk of all its connections, so a reader asks
     * only for the families its sockets are in, and leaves other programs' connections unparsed.
     */
    default Optional<List<R>> rows(boolean ipv4, boolean ipv6, IntPredicate ports) {
        return rows().map(rows -> rows.stream().filter(r -> ports.test(ProcTcpRow.port(r.local()))
                || ports.test(ProcTcpRow.port(r.remote()))).toList());
    }

    /** The accept-queue limit the kernel imposes on any backlog (net.core.somaxconn), if known. */
    default int maxBacklog() {
        return Integer.MAX_VALUE;
    }

    /** What this table can show (Linux's tables show everything the lab asks for). */
    default KernelSource source() {
        return KernelSource.PROC_NET_TCP;
    }
}
