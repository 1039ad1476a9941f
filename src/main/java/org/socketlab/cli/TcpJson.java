package org.socketlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.socketlab.engine.SocketName;
import org.socketlab.kernel.KernelSocket;
import org.socketlab.kernel.KernelView;
import org.socketlab.kernel.QueuedConnection;

/**
 * The player line's {@code "tcp"} object: per socket, the kernel's state ({@code ESTABLISHED},
 * {@code TIME_WAIT}…, {@code CLOSED} when the kernel has no connection), {@code sendq} and {@code recvq}
 * in bytes (null when inferred, or where the system does not show them: Windows), {@code local} and
 * {@code remote} addresses; {@code "state":"UNKNOWN"} with {@code "unseen":true} for a socket the system does not
 * show (macOS, after close), and with {@code "unmatched":true} (queues null) for a connect under way whose row
 * cannot be told apart from another's (Java gives no local port until the connect finishes). A listener adds
 * {@code acceptq} (connections waiting), {@code backlog} (the limit Listen asked for, capped by the system;
 * Linux lets {@code backlog + 1} wait) and {@code queued} (those connections); a socket the lab closed that the kernel
 * keeps adds {@code "afterclose":true} and {@code timer_ms}, the time the kernel still keeps it;
 * {@code "inferred":true} marks states inferred from the lab's events where no kernel table exists.
 */
final class TcpJson {
    private TcpJson() {
    }

    /** Every socket in {@code listed}, plus every one the kernel still keeps after its close. */
    static ObjectNode of(ObjectMapper mapper, KernelView view, Set<SocketName> listed) {
        ObjectNode all = mapper.createObjectNode();
        for (KernelSocket socket : view.sockets()) {
            if (listed.contains(socket.name()) || socket.afterClose()) {
                all.set(socket.name().toString(), socket(mapper, socket, view));
            }
        }
        for (KernelSocket socket : view.earlier()) {
            all.putIfAbsent(socket.name().toString(), socket(mapper, socket, view));
        }
        return all;
    }

    private static ObjectNode socket(ObjectMapper mapper, KernelSocket socket, KernelView view) {
        ObjectNode one = mapper.createObjectNode().put("state", socket.stateKnown() ? socket.state().name() : "UNKNOWN");
        if (socket.unseen()) {
            one.put("unseen", true);
        }
        if (socket.unmatched()) {
            one.put("unmatched", true);
        }
        if (socket.inferred()) {
            one.putNull("sendq").putNull("recvq").put("inferred", true);
        } else if (!view.source().showsQueueBytes() || socket.unmatched()) {
            one.putNull("sendq").putNull("recvq");
        } else {
            one.put("sendq", socket.sendQueue()).put("recvq", socket.recvQueue());
        }
        one.put("local", socket.local());
        if (!socket.isListener()) {
            one.put("remote", socket.remote());
        }
        if (socket.isListener()) {
            one.put("acceptq", view.waiting(socket)).put("backlog", socket.backlog());
            var queued = one.putArray("queued");
            for (QueuedConnection c : view.accepting()) {
                queued.addObject().put("remote", c.remote()).put("state", c.state().name()).put("recvq", c.recvQueue());
            }
        }
        if (socket.afterClose()) {
            one.put("afterclose", true).put("timer_ms", socket.timerMillis());
        }
        return one;
    }
}
