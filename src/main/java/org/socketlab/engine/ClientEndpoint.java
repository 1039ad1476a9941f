package org.socketlab.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;

/**
 * A client socket: what a worker does, plus its own start: Initialize (step 3) and Connect (step 4),
 * whose outcome OnConnect reports when the selector sees OP_CONNECT, or when nobody answered in time.
 */
final class ClientEndpoint extends StreamEndpoint {
    private long connectDeadline;

    ClientEndpoint(SocketName name, EndpointContext context) {
        super(name, context);
    }

    @Override
    Reply perform(Step step) {
        return switch (step.operation()) {
            case INIT -> init();
            case CONNECT -> connect();
            default -> super.perform(step);
        };
    }

    /** Step 3: open(), configureBlocking(false), register with no interest. */
    Reply init() {
        return initialize(context.calls()::openClient, "client.init.ok", name);
    }

    /** Step 4: a non-blocking connect() normally returns false; OnConnect tells the outcome later. */
    private Reply connect() {
        InetSocketAddress target;
        try {
            target = context.connectAddress();
        } catch (AddressProblem e) {
            return e.reply();
        }
        String where = context.settings().host() + ":" + target.getPort();
        try {
            if (context.calls().connect(channel, target)) {
                connected();
                return Reply.ok("client.connect.at.once", where);
            }
            move(StreamPhase.Event.CONNECT_PENDING);
            noteAddresses(target); // the kernel chose our port: the handshake's two ends are known now
            connectDeadline = nonZero(System.nanoTime() + context.settings().connectTimeoutMillis() * 1_000_000L);
            updateInterest();
            return Reply.wouldBlock("EINPROGRESS", "client.connect.pending", where);
        } catch (IOException | RuntimeException e) {
            if (!channel.isOpen() && phase() == StreamPhase.OPEN) {
                // Java closes the channel when connect() fails at once (no route: ENETUNREACH, no SYN sent). Winsock
                // posts FD_CONNECT only for a connect that returned WSAEWOULDBLOCK; one that fails at once answers
                // with its error and nothing more (Microsoft Learn, connect): no OnConnect.
                move(StreamPhase.Event.CONNECT_FAILED);
            }
            return failed(e);
        }
    }

    private static long nonZero(long nanos) {
        return nanos == 0 ? 1 : nanos;
    }

    /** When the pending connect gives up (System.nanoTime), or 0 when none is pending. */
    long connectDeadline() {
        return phase() == StreamPhase.CONNECTING ? connectDeadline : 0;
    }

    /** Nobody answered the handshake in time: give up like Winsock does, with WSAETIMEDOUT. */
    void connectTimedOut() {
        move(StreamPhase.Event.CONNECT_TIMED_OUT);
        discard();
        context.post(this, Notification.CONNECT, Wsa.WSAETIMEDOUT);
    }

    @Override
    void onReady(SelectionKey readyKey) {
        if ((readyKey.readyOps() & SelectionKey.OP_CONNECT) != 0 && phase() == StreamPhase.CONNECTING) {
            finishConnect();
        }
        super.onReady(readyKey);
    }

    /** OnConnect: finishConnect() on the selector thread; a failure closes the channel (Java's rule). */
    private void finishConnect() {
        try {
            if (context.calls().finishConnect(channel)) {
                connected();
            }
        } catch (IOException | RuntimeException e) {
            move(StreamPhase.Event.CONNECT_FAILED);
            discard();
            context.post(this, Notification.CONNECT, ErrorCodes.classify(e).wsa());
        }
    }
}
