package org.socketlab.diagram;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.SocketView;

/**
 * Who is at the other end of a connection, matched by addresses as the kernel does: the lab socket whose
 * local and remote addresses are this one's remote and local; else the listener if it serves that address
 * (the connection still waits in its accept queue); else a peer outside the lab, named by its address.
 */
final class Peers {
    private final LabSnapshot lab;
    private final Map<String, SocketName> byTuple = new HashMap<>();

    Peers(LabSnapshot lab) {
        this.lab = lab;
        lab.sockets().values().stream().filter(v -> v.name().kind() != SocketKind.SERVER && !v.remote().isEmpty())
                .forEach(v -> byTuple.put(v.local() + " " + v.remote(), v.name()));
    }

    static Lifeline of(SocketName name) {
        return new Lifeline(name.toString(), switch (name.kind()) {
            case SERVER -> Lifeline.Role.SERVER;
            case CLIENT -> Lifeline.Role.CLIENT;
            case WORKER -> Lifeline.Role.WORKER;
        });
    }

    /** The other end of this socket's connection; empty when it has no remote address. */
    Optional<Lifeline> peerOf(SocketName name) {
        return lab.socket(name).filter(v -> !v.remote().isEmpty()).map(v -> peerOf(v.local(), v.remote()));
    }

    /** The other end of the connection from {@code local} to {@code remote}. */
    Lifeline peerOf(String local, String remote) {
        SocketName peer = byTuple.get(remote + " " + local);
        if (peer != null) {
            return of(peer);
        }
        Optional<SocketView> server = lab.socket(SocketName.SERVER);
        if (server.isPresent() && serves(server.get().local(), remote)) {
            return of(SocketName.SERVER);
        }
        return new Lifeline(remote, Lifeline.Role.PEER);
    }

    /** True when the lab's socket of that lifeline exists and is closed (its kernel answers data with RST). */
    boolean closed(Lifeline lifeline) {
        return lifeline.role() != Lifeline.Role.PEER && SocketName.parse(lifeline.id())
                .flatMap(lab::socket).map(v -> v.state() == SocketState.CLOSED).orElse(false);
    }

    /** The lab's client whose local address this is, or empty. */
    Optional<SocketName> clientAt(String local) {
        return lab.ofKind(SocketKind.CLIENT).stream().filter(v -> v.local().equals(local)).map(SocketView::name)
                .findFirst();
    }

    /**
     * True while one of the lab's clients may be connecting without this snapshot knowing its port yet (a
     * kernel view can be read during the Connect step against the snapshot before it, and a connecting
     * client's snapshot may not know its own port yet).
     */
    boolean addressPending() {
        return lab.ofKind(SocketKind.CLIENT).stream().anyMatch(v -> (v.local().isEmpty() || v.remote().isEmpty())
                && (v.state() == SocketState.OPEN || v.state() == SocketState.CONNECTING));
    }

    /** Whether a listener on {@code listener} takes connections to {@code address} (same port, same or any host). */
    static boolean serves(String listener, String address) {
        if (listener.isEmpty() || listener.equals(address)) {
            return !listener.isEmpty();
        }
        int colon = listener.lastIndexOf(':');
        String host = listener.substring(0, colon);
        boolean wildcard = host.equals("0.0.0.0") || host.equals("[::]");
        return wildcard && address.endsWith(listener.substring(colon));
    }
}
