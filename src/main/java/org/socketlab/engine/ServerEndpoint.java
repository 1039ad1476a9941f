package org.socketlab.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The listening socket. OnAccept follows Winsock's FD_ACCEPT: posted once while connections wait, and
 * re-enabled by the next accept() call (even one that returns null or fails).
 */
final class ServerEndpoint extends Endpoint {
    private ServerSocketChannel channel;
    private SelectionKey key;
    private boolean listening;
    private boolean acceptPosted;

    ServerEndpoint(LabCore core) {
        super(SocketName.SERVER, core);
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

    /** Step 1: open() + non-blocking + register with no interest (any interest on an unbound channel fires at once). */
    Reply init() {
        if (isOpen()) {
            return Reply.error("(no call made)", "", 0, Explain.text("server.init.already"));
        }
        try {
            channel = ServerSocketChannel.open(core.settings().family().protocolFamily());
            channel.configureBlocking(false);
            key = channel.register(core.selector(), 0, this);
            listening = false;
            acceptPosted = false;
            return Reply.ok("ServerSocketChannel.open(" + core.settings().family().protocolFamily() + ") returned a channel",
                    Explain.text("server.init.ok"));
        } catch (IOException | RuntimeException e) {
            return Reply.failed("ServerSocketChannel.open(" + core.settings().family().protocolFamily() + ")", e);
        }
    }

    /** Step 2: Java's bind() binds and listens in one call. */
    private Reply listen() {
        String call = "bind(address, " + core.settings().backlog() + ")";
        InetSocketAddress address;
        try {
            address = core.listenAddress();
        } catch (AddressProblem e) {
            return e.reply("bind()");
        }
        try {
            channel.bind(address, core.settings().backlog());
            listening = true;
            noteAddresses(channel, null);
            updateInterest();
            if (core.settings().listensOnAllInterfaces()) {
                String others = String.join(", ", LocalAddresses.list(core.settings().family()));
                return Reply.ok(call + " returned", Explain.text("server.listen.all", view().local(),
                        others.isEmpty() ? Explain.text("server.listen.all.none") : others));
            }
            return Reply.ok(call + " returned", Explain.text("server.listen.ok", view().local()));
        } catch (IOException | RuntimeException e) {
            return Reply.failed(call, e);
        }
    }

    /** Step 5: accept() returns a new (blocking!) channel or null; it also re-enables OnAccept. */
    private Reply accept() {
        try {
            SocketChannel accepted = channel.accept();
            if (accepted == null) {
                return Reply.wouldBlock("accept() returned null", "EAGAIN", Explain.text("server.accept.none"));
            }
            SocketName worker = core.adopt(accepted);
            return Reply.ok("accept() returned a connected channel",
                    Explain.text("server.accept.ok", worker, core.view(worker).remote()));
        } catch (IOException | RuntimeException e) {
            return Reply.failed("accept()", e);
        } finally {
            acceptPosted = false;
            updateInterest();
        }
    }

    private Reply close() {
        if (!isOpen()) {
            return Reply.ok("close() returned", Explain.text("close.again"));
        }
        discard();
        return Reply.ok("close() returned", Explain.text("server.close.ok"));
    }

    @Override
    void onReady(SelectionKey readyKey) {
        if (readyKey.isAcceptable() && !acceptPosted) {
            acceptPosted = true;
            core.post(this, Notification.ACCEPT, 0);
        }
        updateInterest();
    }

    private void updateInterest() {
        if (isOpen()) {
            setInterest(key, listening && !acceptPosted ? SelectionKey.OP_ACCEPT : 0);
        }
    }

    @Override
    void discard() {
        listening = false;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // closing a listener does not fail in a way the lab can act on
            }
        }
    }

    @Override
    SocketState state() {
        if (!isOpen()) {
            return SocketState.CLOSED;
        }
        return listening ? SocketState.LISTENING : SocketState.OPEN;
    }

    @Override
    boolean isOpen() {
        return channel != null && channel.isOpen();
    }

    @Override
    int interestOps() {
        return key != null && key.isValid() ? key.interestOps() : -1;
    }

    @Override
    SelectableChannel channel() {
        return channel;
    }

    @Override
    int naiveInterestOps() {
        return SelectionKey.OP_ACCEPT;
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
