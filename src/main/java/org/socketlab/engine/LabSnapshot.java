package org.socketlab.engine;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every socket that exists, in name order, as of one moment on the selector thread. {@code version}
 * grows by one with every change, so readers can tell which of two snapshots is newer.
 */
public record LabSnapshot(long version, Map<SocketName, SocketView> sockets) {
    public static final LabSnapshot EMPTY = new LabSnapshot(0, Map.of());

    public LabSnapshot {
        sockets = Collections.unmodifiableMap(new TreeMap<>(sockets));
    }

    public Optional<SocketView> socket(SocketName name) {
        return Optional.ofNullable(sockets.get(name));
    }

    public Counters counters(SocketName name) {
        return socket(name).map(SocketView::counters).orElse(Counters.ZERO);
    }

    public List<SocketView> ofKind(SocketKind kind) {
        return sockets.values().stream().filter(v -> v.name().kind() == kind).toList();
    }
}
