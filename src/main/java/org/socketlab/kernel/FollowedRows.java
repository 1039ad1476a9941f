package org.socketlab.kernel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.SocketView;

/**
 * The lab's rows of Linux's table, kept from one read to the next so that a read looks up only the
 * connections that may have moved since ({@link ConnectionLookup}, Linux's {@link SockDiagTable}), where reading {@code /proc/net/tcp} walks
 * every connection the kernel holds: a script of a thousand clients reads it on each of its five thousand
 * steps. A connection between two of the lab's sockets moves only when the lab acts on one of its ends or
 * while something is under way in the kernel, so a read looks up:
 * <ul>
 *   <li>every connection not at rest (anything but ESTABLISHED or CLOSE_WAIT with an empty send queue: a
 *       handshake, a close, a timer, unacknowledged bytes), and its other end, whose receive queue or state
 *       those move;</li>
 *   <li>the connection of every socket the lab acted on ({@link #acted}) or whose view changed, and its other
 *       end; every listener; every connection new to the lab;</li>
 *   <li>every connection whose other end is no socket of the lab (a peer elsewhere, or one still in an accept
 *       queue), which may move at any time, and every connection a listener of the lab serves that no socket
 *       of the lab owns (its accept queue).</li>
 * </ul>
 * Other rows the whole table gave on the lab's ports (another program's connections: a port the lab uses now
 * may have been another's a minute ago, its connection still in TIME_WAIT) are left out.
 * The whole table is read instead while a connect is under way (its row is found by scanning), when a
 * listener's accept queue holds connections no lookup found (from outside the lab), when more than
 * {@link #MOST_LOOKUPS} connections would be looked up, when a lookup fails, and at least every
 * {@code fullEvery} nanoseconds.
 */
final class FollowedRows {
    /** Beyond this many lookups, one read of the whole table is cheaper. */
    static final int MOST_LOOKUPS = 64;

    private final ConnectionLookup diag;
    private final long fullEveryNanos;
    private final Set<SocketName> acted = new HashSet<>();
    /** The rows of the previous read by their two addresses; null before the first. */
    private Map<AddressPair, TcpRow> rows;
    private Map<SocketName, SocketView> views = Map.of();
    private long fullAt;

    FollowedRows(ConnectionLookup diag, long fullEveryNanos) {
        this.diag = diag;
        this.fullEveryNanos = fullEveryNanos;
    }

    /** Notes that a step acted on {@code socket}: the next read looks up its connection. */
    synchronized void acted(SocketName socket) {
        acted.add(socket);
    }

    /**
     * The rows of the lab's connections now: those of the previous read with each connection that may have
     * moved looked up again, or the whole table ({@code full}), read when it must be or when the caller says so
     * ({@code readAll}: it matches connections the lab forgot).
     */
    synchronized Optional<? extends List<? extends TcpRow>> rows(LabSnapshot lab, boolean readAll,
                                                                   Supplier<Optional<? extends List<? extends TcpRow>>> full) {
        Optional<List<TcpRow>> followed = readAll || rows == null || System.nanoTime() - fullAt > fullEveryNanos
                ? Optional.empty() : followed(lab);
        acted.clear();
        views = lab.sockets();
        if (followed.isPresent()) {
            return followed;
        }
        Optional<? extends List<? extends TcpRow>> read = full.get();
        fullAt = System.nanoTime();
        rows = read.map(FollowedRows::byPair).orElse(null);
        return read;
    }

    private Optional<List<TcpRow>> followed(LabSnapshot lab) {
        Set<AddressPair> owned = new HashSet<>();
        for (SocketView v : lab.sockets().values()) {
            if (v.state() == SocketState.CONNECTING && v.local().isEmpty()) {
                return Optional.empty();
            }
            if (v.name().kind() != SocketKind.SERVER && !v.local().isEmpty() && !v.remote().isEmpty()) {
                owned.add(new AddressPair(v.local(), v.remote()));
            }
        }
        List<String> listeners = lab.sockets().values().stream()
                .filter(v -> v.name().kind() == SocketKind.SERVER && v.state() == SocketState.LISTENING)
                .map(SocketView::local).toList();
        Set<AddressPair> ask = new LinkedHashSet<>();
        Map<AddressPair, TcpRow> now = new LinkedHashMap<>();
        rows.forEach((pair, row) -> {
            if (owned.contains(pair)) {
                now.put(pair, row);
                if (!atRest(row)) {
                    ask.add(pair);
                    ask.add(pair.reversed());
                }
            } else if (row.state() != TcpState.LISTEN && listeners.stream().anyMatch(l -> KernelReader.serves(l, pair.local()))) {
                now.put(pair, row); // in a listener's accept queue, or was: it may have been accepted or closed since
                ask.add(pair);
            }
            // any other row is no connection of the lab's (another program's, on a port the lab also uses)
        });
        for (String listener : listeners) {
            ask.add(AddressPair.listener(listener));
        }
        for (SocketView v : lab.sockets().values()) {
            if (v.name().kind() == SocketKind.SERVER || v.local().isEmpty() || v.remote().isEmpty()) {
                continue;
            }
            AddressPair pair = new AddressPair(v.local(), v.remote());
            boolean moved = acted.contains(v.name()) || !v.equals(views.get(v.name())) || !owned.contains(pair.reversed());
            if (moved) {
                ask.add(pair);
                ask.add(pair.reversed());
            }
        }
        if (ask.size() > MOST_LOOKUPS) {
            return Optional.empty();
        }
        try {
            for (AddressPair pair : ask) {
                Optional<ProcTcpRow> row = diag.row(pair.local(), pair.remote());
                if (row.isPresent()) {
                    now.put(pair, row.get());
                } else {
                    now.remove(pair);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (queuedUnseen(now, owned)) {
            return Optional.empty();
        }
        rows = now;
        return Optional.of(new ArrayList<>(now.values()));
    }

    /**
     * Whether a listener's accept queue holds more connections than the rows known to wait in it: connections
     * from outside the lab, which no lookup can name.
     */
    private static boolean queuedUnseen(Map<AddressPair, TcpRow> now, Set<AddressPair> owned) {
        for (TcpRow listener : now.values()) {
            if (listener.state() != TcpState.LISTEN || listener.recvQueue() == 0) {
                continue;
            }
            long known = now.entrySet().stream().filter(e -> !owned.contains(e.getKey())
                    && e.getValue().state() != TcpState.LISTEN && KernelReader.serves(listener.local(), e.getKey().local()))
                    .count();
            if (listener.recvQueue() > known) {
                return true;
            }
        }
        return false;
    }

    /** A connection that moves only when a program acts on one of its ends. */
    private static boolean atRest(TcpRow row) {
        return (row.state() == TcpState.ESTABLISHED || row.state() == TcpState.CLOSE_WAIT) && row.sendQueue() == 0;
    }

    private static Map<AddressPair, TcpRow> byPair(List<? extends TcpRow> table) {
        Map<AddressPair, TcpRow> byPair = new LinkedHashMap<>();
        table.forEach(r -> byPair.put(new AddressPair(r.local(), r.remote()), r));
        return byPair;
    }
}
