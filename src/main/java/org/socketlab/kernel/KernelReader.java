package org.socketlab.kernel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.SocketView;
import org.socketlab.os.OsKind;

/**
 * Matches the lab's sockets against the kernel's connection table, by local and remote address. A client
 * whose connect is under way has no local address yet (Java learns it only when the connect finishes), so
 * it is matched by what is known: the peer's address, on a row no other socket of the lab owns
 * ({@link #pendingConnects}). A connection whose socket the lab forgot (Reset) is remembered while the
 * kernel still lists it. Thread-safe; reads the table afresh on every call and keeps no other state.
 */
public final class KernelReader {
    /** How often a reader that follows rows reads the whole table even so, in case something moved unseen. */
    private static final long FOLLOW_FULL_EVERY_NANOS = 500_000_000L;
    /** No table: every view is inferred. */
    private static final TcpTable<TcpRow> NONE = Optional::empty;
    private final TcpTable<?> table;
    /** Connections of sockets the lab no longer has, by their two addresses, while the kernel keeps them. */
    private final Map<AddressPair, SocketName> forgotten = new LinkedHashMap<>();
    /** The connections of the previous read's sockets, to notice which ones the lab forgets. */
    private Map<AddressPair, SocketName> previous = Map.of();
    /** Where the lab's rows are followed from read to read (Linux, for a script's steps); null: read whole. */
    private final FollowedRows followed;

    public KernelReader(TcpTable<?> table) {
        this(table, null);
    }

    KernelReader(TcpTable<?> table, FollowedRows followed) {
        this.table = table;
        this.followed = followed;
    }

    /** This machine's kernel table (inferred where there is none, or its reader could not load). */
    public static KernelReader system() {
        return new KernelReader(table(OsKind.current()));
    }

    /**
     * This machine's kernel table, read after each of a script's steps: where connections can be looked up one
     * by one (Linux), a read looks up those that may have moved since the previous one ({@link FollowedRows}),
     * told of every socket a step acted on ({@link #acted}); elsewhere as {@link #system()}. (The window's
     * sampler reads the whole table: it is not told which sockets each click acted on.)
     */
    public static KernelReader following() {
        return following(FOLLOW_FULL_EVERY_NANOS);
    }

    /** As {@link #following()}, reading the whole table at least every {@code fullEveryNanos}. */
    static KernelReader following(long fullEveryNanos) {
        OsKind os = OsKind.current();
        Optional<SockDiagTable> diag = os == OsKind.LINUX ? SockDiagTable.system() : Optional.empty();
        return new KernelReader(table(os), diag.map(d -> new FollowedRows(d, fullEveryNanos)).orElse(null));
    }

    /** Notes that a step acted on {@code socket}, so that the next read looks at its connection afresh. */
    public void acted(SocketName socket) {
        if (followed != null) {
            followed.acted(socket);
        }
    }

    /**
     * The table of {@code os}: Linux's (and another Unix's) {@code /proc/net/tcp}, Windows' connection table,
     * macOS's view of this program's own sockets. A reader whose system library does not load gives no rows,
     * so every view is inferred, as on a system without a table.
     */
    static TcpTable<?> table(OsKind os) {
        return switch (os) {
            case WINDOWS -> WindowsTcpTable.system().<TcpTable<?>>map(t -> t).orElse(NONE);
            case MACOS -> MacSocketTable.system().<TcpTable<?>>map(t -> t).orElse(NONE);
            case LINUX, OTHER -> ProcNetTcp.system();
        };
    }

    /** The kernel's picture of {@code lab} now. */
    public synchronized KernelView read(LabSnapshot lab) {
        Map<AddressPair, SocketName> current = new HashMap<>();
        lab.sockets().values().stream()
                .filter(v -> v.name().kind() != SocketKind.SERVER && !v.local().isEmpty() && !v.remote().isEmpty())
                .forEach(v -> current.put(tuple(v.local(), v.remote()), v.name()));
        Map<AddressPair, SocketName> kept = new LinkedHashMap<>(forgotten);
        previous.forEach((tuple, name) -> {
            if (!current.containsKey(tuple)) {
                kept.put(tuple, name);
            }
        });
        Optional<? extends List<? extends TcpRow>> table = followed == null ? rows(lab, kept.keySet())
                : followed.rows(lab, !kept.isEmpty(), () -> rows(lab, kept.keySet()));
        if (table.isEmpty()) {
            return Inference.of(lab);
        }
        KernelSource source = this.table.source();
        forgotten.putAll(kept);
        previous = current;
        Map<AddressPair, TcpRow> connections = new HashMap<>();
        Map<String, TcpRow> listeners = new HashMap<>();
        for (TcpRow row : table.get()) {
            if (row.state() == TcpState.LISTEN) {
                listeners.put(row.local(), row);
            } else {
                connections.putIfAbsent(tuple(row.local(), row.remote()), row);
            }
        }

        Set<AddressPair> claimed = new HashSet<>(current.keySet());
        claimed.addAll(forgotten.keySet());
        Map<SocketName, KernelSocket> pending = pendingConnects(lab, table.get(), claimed);

        List<KernelSocket> sockets = new ArrayList<>();
        List<String> listening = new ArrayList<>();
        int limit = this.table.maxBacklog();
        for (SocketView view : lab.sockets().values()) {
            if (view.name().kind() == SocketKind.SERVER) {
                TcpRow row = view.state() == SocketState.LISTENING ? listeners.get(view.local()) : null;
                if (row != null) {
                    listening.add(view.local());
                }
                int backlog = row == null || row.acceptLimit() < 0 ? Math.min(view.backlog(), limit) : row.acceptLimit();
                sockets.add(row == null ? closed(view, source)
                        : new KernelSocket(view.name(), view.local(), "", TcpState.LISTEN, row.sendQueue(), row.recvQueue(),
                                backlog, -1, false, false));
            } else if (pending.containsKey(view.name())) {
                sockets.add(pending.get(view.name()));
            } else {
                TcpRow row = view.remote().isEmpty() ? null : connections.get(tuple(view.local(), view.remote()));
                sockets.add(row == null ? closed(view, source) : of(view.name(), row, view.state() == SocketState.CLOSED));
            }
        }
        List<KernelSocket> earlier = new ArrayList<>();
        forgotten.entrySet().removeIf(e -> {
            TcpRow row = connections.get(e.getKey());
            if (row == null) {
                return true;
            }
            earlier.add(of(e.getValue(), row, true));
            return false;
        });
        List<QueuedConnection> accepting = new ArrayList<>();
        for (TcpRow row : table.get()) {
            // The accept queue holds finished handshakes only; a SYN_RECV row is a handshake still under way,
            // in the listener's SYN queue, which the listener's Recv-Q does not count either.
            boolean waiting = row.state() == TcpState.ESTABLISHED || row.state() == TcpState.CLOSE_WAIT;
            if (waiting && !claimed.contains(tuple(row.local(), row.remote()))
                    && listening.stream().anyMatch(l -> serves(l, row.local()))) {
                accepting.add(new QueuedConnection(row.local(), row.remote(), row.state(), row.recvQueue()));
            }
        }
        return new KernelView(lab.version(), Instant.now(), sockets, earlier, accepting, source);
    }

    /**
     * The clients whose connect is under way and whose local address the lab does not know yet, matched by
     * what is known: a row with the peer's address that no socket of the lab owns ({@code claimed}). When as
     * many such rows as such clients connect to one peer (or, failing that, as many in {@code SYN_SENT}), the
     * rows are theirs: one client takes its row whole, with the local port the kernel chose; several that
     * cannot be told apart share the state and queues their rows agree on, their local ports unknown. Any
     * other case is {@link KernelSocket#unmatched}: unknown, never {@code CLOSED}.
     */
    private static Map<SocketName, KernelSocket> pendingConnects(LabSnapshot lab, List<? extends TcpRow> rows,
                                                                 Set<AddressPair> claimed) {
        Map<String, List<SocketName>> byPeer = new LinkedHashMap<>();
        for (SocketView view : lab.sockets().values()) {
            if (view.state() == SocketState.CONNECTING && view.local().isEmpty() && !view.remote().isEmpty()) {
                byPeer.computeIfAbsent(view.remote(), peer -> new ArrayList<>()).add(view.name());
            }
        }
        Map<SocketName, KernelSocket> matched = new HashMap<>();
        byPeer.forEach((peer, clients) -> {
            List<? extends TcpRow> toPeer = rows.stream().filter(r -> r.state() != TcpState.LISTEN
                    && r.remote().equals(peer) && !claimed.contains(tuple(r.local(), r.remote()))).toList();
            List<? extends TcpRow> synSent = toPeer.stream().filter(r -> r.state() == TcpState.SYN_SENT).toList();
            List<? extends TcpRow> theirs = toPeer.size() == clients.size() ? toPeer
                    : synSent.size() == clients.size() ? synSent : List.of();
            boolean alike = !theirs.isEmpty() && theirs.stream().allMatch(r -> r.state() == theirs.get(0).state()
                    && r.sendQueue() == theirs.get(0).sendQueue() && r.recvQueue() == theirs.get(0).recvQueue());
            for (SocketName client : clients) {
                KernelSocket k;
                if (clients.size() == 1 && theirs.size() == 1) {
                    k = of(client, theirs.get(0), false);
                } else if (alike) {
                    TcpRow row = theirs.get(0);
                    k = new KernelSocket(client, "", peer, row.state(), row.sendQueue(), row.recvQueue(), 0, -1, false, false);
                } else {
                    k = KernelSocket.unmatched(client, peer);
                }
                matched.put(client, k);
            }
        });
        return matched;
    }

    /**
     * The table's rows that can concern the lab: in the families of its sockets and of the connections it
     * forgot, with one of their ports (so other programs' connections are not parsed).
     */
    private Optional<? extends List<? extends TcpRow>> rows(LabSnapshot lab, Set<AddressPair> forgottenNow) {
        boolean ipv6 = lab.sockets().values().stream().anyMatch(v -> AddressPair.isIpv6(v.local()) || AddressPair.isIpv6(v.remote()))
                || forgottenNow.stream().anyMatch(AddressPair::isIpv6);
        boolean ipv4 = !ipv6 || lab.sockets().values().stream().anyMatch(v -> !v.local().isEmpty() && !AddressPair.isIpv6(v.local()))
                || !forgottenNow.stream().allMatch(AddressPair::isIpv6);
        Set<Integer> ports = new HashSet<>();
        lab.sockets().values().forEach(v -> {
            ports.add(ProcTcpRow.port(v.local()));
            ports.add(ProcTcpRow.port(v.remote()));
        });
        forgottenNow.forEach(t -> {
            ports.add(ProcTcpRow.port(t.local()));
            ports.add(ProcTcpRow.port(t.remote()));
        });
        ports.remove(-1);
        ports.remove(0);
        return table.rows(ipv4, ipv6, ports::contains);
    }

    private static KernelSocket of(SocketName name, TcpRow row, boolean afterClose) {
        long timer = row.state().outlivesClose() ? row.timerMillis() : -1;
        return new KernelSocket(name, row.local(), row.remote(), row.state(), row.sendQueue(), row.recvQueue(), 0, timer, afterClose, false);
    }

    /**
     * A socket the table has no row for: the kernel holds no connection for it, or, where the system shows
     * only the sockets a program still holds (macOS), one the lab closed is simply no longer shown.
     */
    private static KernelSocket closed(SocketView view, KernelSource source) {
        if (view.state() == SocketState.CLOSED && !source.showsAfterClose()) {
            return new KernelSocket(view.name(), view.local(), view.remote(), TcpState.CLOSED, -1, -1, 0, -1, false, false,
                    true);
        }
        return new KernelSocket(view.name(), view.local(), view.remote(), TcpState.CLOSED, 0, 0, 0, -1, false, false);
    }

    /** Whether a listener bound to {@code listener} takes connections to {@code local} (same port, same or any address). */
    static boolean serves(String listener, String local) {
        if (listener.equals(local)) {
            return true;
        }
        int colon = listener.lastIndexOf(':');
        String host = listener.substring(0, colon);
        boolean wildcard = host.equals("0.0.0.0") || host.equals("[::]");
        return wildcard && local.endsWith(listener.substring(colon));
    }

    private static AddressPair tuple(String local, String remote) {
        return new AddressPair(local, remote);
    }
}
