package org.socketlab.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The listening socket. OnAccept follows Winsock's FD_ACCEPT: posted once while connections wait, and
 * re-enabled by the next accept() call (even one that returns null or fails).
 */
final class ServerEndpoint extends Endpoint<ServerSocketChannel> {
    private final AcceptQueueProbe queue = new AcceptQueueProbe();
    private boolean listening;
    private int backlog;
    /** OnAccept was posted and no Accept has re-enabled it yet: a finished connection was waiting. */
    private boolean acceptPosted;

    ServerEndpoint(EndpointContext context) {
        super(SocketName.SERVER, context);
    }

    @Override
    Reply perform(Step step) {
        return switch (step.operation()) {
            case INIT -> init();
            case LISTEN -> listen();
            case ACCEPT -> accept();
            case CLOSE -> close();
            default -> throw new IllegalArgumentException("server has no " + step.operation());
        };
    }

    /** Step 1: open(), configureBlocking(false), register with no interest (any would fire at once unbound). */
    Reply init() {
        return initialize(context.calls()::openServer, "server.init.ok");
    }

    /**
     * Step 2: Java's bind() binds and listens in one call. With the lab's reuseaddr setting off,
     * setOption(SO_REUSEADDR, false) comes first (Java turned it on when it opened the channel).
     */
    private Reply listen() {
        InetSocketAddress address;
        try {
            address = context.listenAddress();
        } catch (AddressProblem e) {
            return e.reply();
        }
        boolean reuse = context.settings().reuseAddress();
        try {
            int asked = context.settings().backlog();
            if (!reuse) {
                context.calls().reuseAddress(channel, false);
            }
            context.calls().bind(channel, address, asked);
            listening = true;
            backlog = asked;
            noteAddresses(null);
            context.listened(boundPort());
            updateInterest();
            Reply ok = listenReply(address);
            return reuse ? ok : ok.then("server.listen.noreuse");
        } catch (IOException | RuntimeException e) {
            Reply failed = Reply.failed(e);
            // Without SO_REUSEADDR, a connection left on the port (TIME_WAIT, say) is enough to refuse the bind.
            return reuse || failed.wsa() != Wsa.WSAEADDRINUSE ? failed
                    : Reply.error(failed.errno(), failed.wsa(), "server.listen.inuse.noreuse",
                            Integer.toString(address.getPort()));
        }
    }

    private Reply listenReply(InetSocketAddress address) {
        if (address.getAddress().isAnyLocalAddress()) {
            String others = String.join(", ", LocalAddresses.list(context.settings().family()));
            return others.isEmpty() ? Reply.ok("server.listen.all.none", local())
                    : Reply.ok("server.listen.all", local(), others);
        }
        return Reply.ok("server.listen.ok", local());
    }

    /** Step 5: accept() returns a new (blocking!) channel or null; it also re-enables OnAccept. */
    private Reply accept() {
        try {
            SocketChannel accepted = context.calls().accept(channel);
            if (accepted == null) {
                return Reply.wouldBlock("EAGAIN", "server.accept.none");
            }
            SocketView worker = context.adopt(accepted);
            return Reply.ok("server.accept.ok", worker.name(), worker.remote());
        } catch (IOException | RuntimeException e) {
            return Reply.failed(e);
        } finally {
            acceptPosted = false;
            updateInterest();
            context.afterStep(this::recheckAcceptable);
        }
    }

    /**
     * After an Accept, a connection still waiting posts OnAccept again at once, as Windows does when the
     * Accept re-enables FD_ACCEPT; without this, a second Accept queued before the next select() would
     * take it without the re-post the student counts on.
     */
    private void recheckAcceptable() {
        if (isOpen() && listening && !acceptPosted && queue.waiting(channel)) {
            acceptPosted = true;
            context.post(this, Notification.ACCEPT, Wsa.NONE);
            updateInterest();
        }
    }

    @Override
    void beforeClose() {
        queue.close();
    }

    /** Close: the real close, now; connections that finished but were never accepted are reset. */
    private Reply close() {
        String key = !isOpen() ? "close.again"
                : acceptPosted ? "server.close.queued"
                : listening ? "server.close.ok" : "server.close.unbound";
        try {
            closeNow();
        } catch (IOException | RuntimeException e) {
            return Reply.failed(e);
        }
        listening = false;
        return Reply.ok(key);
    }

    @Override
    void onReady(SelectionKey readyKey) {
        if (readyKey.isAcceptable() && !acceptPosted) {
            acceptPosted = true;
            context.post(this, Notification.ACCEPT, Wsa.NONE);
        }
        updateInterest();
    }

    @Override
    int wantedInterest() {
        return listening && !acceptPosted ? SelectionKey.OP_ACCEPT : 0;
    }

    @Override
    SocketState state() {
        if (!isOpen()) {
            return SocketState.CLOSED;
        }
        return listening ? SocketState.LISTENING : SocketState.OPEN;
    }

    @Override
    int naiveInterestOps() {
        return SelectionKey.OP_ACCEPT;
    }

    @Override
    int backlog() {
        return listening ? backlog : 0;
    }

    /** The port actually bound, or 0. */
    int boundPort() {
        try {
            return isOpen() && channel.getLocalAddress() instanceof InetSocketAddress a ? a.getPort() : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
