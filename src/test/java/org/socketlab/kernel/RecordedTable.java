package org.socketlab.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.socketlab.engine.Counters;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.SocketView;

/**
 * A kernel table of recorded rows that notes what the reader last asked of it (the families, the ports),
 * and the lab snapshots read against it.
 */
final class RecordedTable implements TcpTable<TcpRow> {
    final List<TcpRow> rows = new ArrayList<>();
    private boolean ipv4;
    private boolean ipv6;
    private IntPredicate ports = port -> false;

    @Override
    public Optional<List<TcpRow>> rows() {
        return Optional.of(List.copyOf(rows));
    }

    @Override
    public Optional<List<TcpRow>> rows(boolean ipv4, boolean ipv6, IntPredicate ports) {
        this.ipv4 = ipv4;
        this.ipv6 = ipv6;
        this.ports = ports;
        return TcpTable.super.rows(ipv4, ipv6, ports);
    }

    /** The families last asked for, as "ipv4", "ipv6" or both. */
    List<String> families() {
        List<String> asked = new ArrayList<>();
        if (ipv4) {
            asked.add("ipv4");
        }
        if (ipv6) {
            asked.add("ipv6");
        }
        return asked;
    }

    /** Every port (or -1) the last ask accepted. */
    Set<Integer> ports() {
        return IntStream.rangeClosed(-1, 65535).filter(ports).boxed().collect(Collectors.toSet());
    }

    static ProcTcpRow row(String local, String remote, TcpState state, long sendQueue, long recvQueue) {
        return new ProcTcpRow(local, remote, state, sendQueue, recvQueue, 0, 0, 1);
    }

    static LabSnapshot lab(SocketView... sockets) {
        Map<SocketName, SocketView> map = new LinkedHashMap<>();
        for (SocketView s : sockets) {
            map.put(s.name(), s);
        }
        return new LabSnapshot(1, map);
    }

    static SocketView server(String local, int backlog) {
        return new SocketView(SocketName.SERVER, SocketState.LISTENING, Counters.ZERO, local, "", backlog);
    }

    static SocketView socket(String name, SocketState state, String local, String remote) {
        return new SocketView(name(name), state, Counters.ZERO, local, remote);
    }

    static SocketName name(String text) {
        return SocketName.parse(text).orElseThrow();
    }
}
