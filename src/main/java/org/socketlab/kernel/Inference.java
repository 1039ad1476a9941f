package org.socketlab.kernel;

import java.time.Instant;
import java.util.List;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.SocketView;

/**
 * Where no kernel table can be read (a system with none SocketLab knows, or a reader whose system library
 * did not load), each socket's TCP state follows from what the lab itself saw: its calls and notifications. Queues are unknown (-1), nothing is known after close, and
 * every entry says it was inferred.
 */
public final class Inference {
    private Inference() {
    }

    static KernelView of(LabSnapshot lab) {
        List<KernelSocket> sockets = lab.sockets().values().stream().map(Inference::socket).toList();
        return new KernelView(lab.version(), Instant.now(), sockets, List.of(), List.of(), true);
    }

    private static KernelSocket socket(SocketView view) {
        return new KernelSocket(view.name(), view.local(), view.remote(), state(view.state()), -1, -1, view.backlog(), -1, false, true);
    }

    /** The TCP state the lab's own state implies (the window also uses it to tell when the kernel says more). */
    public static TcpState state(SocketState lab) {
        return switch (lab) {
            case LISTENING -> TcpState.LISTEN;
            case CONNECTING -> TcpState.SYN_SENT;
            case CONNECTED -> TcpState.ESTABLISHED;
            // Our FIN went out; on a live peer its ACK comes at once.
            case OUTPUT_SHUT -> TcpState.FIN_WAIT2;
            case PEER_CLOSED -> TcpState.CLOSE_WAIT;
            case OPEN, RESET, CLOSED -> TcpState.CLOSED;
        };
    }
}
