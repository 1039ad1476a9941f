package org.socketlab.engine;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;

/**
 * One socket of the lab: its channel, its selection key and interest set, its counters and addresses.
 * Lives on the selector thread only: nothing here is thread-safe.
 *
 * @param <C> the kind of channel: a listener or a stream
 */
abstract class Endpoint<C extends SelectableChannel & NetworkChannel> {
    protected final SocketName name;
    protected final EndpointContext context;
    protected C channel;
    private SelectionKey key;
    private Counters counters = Counters.ZERO;
    private SocketView view;
    private String local = "";
    private String remote = "";

    Endpoint(SocketName name, EndpointContext context) {
        this.name = name;
        this.context = context;
    }

    SocketName name() {
        return name;
    }

    /** Runs one step of this socket's kind; never throws. */
    abstract Reply perform(Step step);

    /** Handles the selector's readiness report for this socket's key. */
    abstract void onReady(SelectionKey key);

    abstract SocketState state();

    /** What a naive loop would watch: every operation that fits the socket's state. */
    abstract int naiveInterestOps();

    /** The interest set the socket's state and notification flags call for now. */
    abstract int wantedInterest();

    /** How a socket of this kind is opened (ServerSocketChannel.open or SocketChannel.open). */
    @FunctionalInterface
    interface Opener<C> {
        C open(java.net.ProtocolFamily family) throws IOException;
    }

    /**
     * Initialize: open(), configureBlocking(false), register with no interest (any interest on a socket
     * that is not yet bound or connected would fire at once). Answers {@code ok} with its arguments.
     */
    protected final Reply initialize(Opener<C> opener, String ok, Object... args) {
        try {
            adoptChannel(opener.open(context.settings().family().protocolFamily()));
            return Reply.ok(ok, args);
        } catch (IOException | RuntimeException e) {
            discard();
            return Reply.failed(e);
        }
    }

    /** Makes the channel non-blocking and registers it with no interest (any interest could fire at once). */
    protected final void adoptChannel(C opened) throws IOException {
        channel = opened;
        context.calls().configureNonBlocking(opened);
        key = context.calls().register(opened, context.selector(), this);
    }

    /** Sets the key's interest set to what the socket wants now. */
    protected final void updateInterest() {
        if (isOpen() && key != null && key.isValid()) {
            int ops = wantedInterest();
            if (key.interestOps() != ops) {
                key.interestOps(ops);
            }
        }
    }

    /**
     * Closes now, as the operating system would: Java defers the close of a registered channel until its
     * key leaves the selector (and meanwhile sends FIN even when unread data calls for RST), so the key is
     * cancelled and flushed with selectNow() first. Every call is recorded. The other keys that selectNow()
     * found ready are dropped from the selected set: readiness is level-triggered, so the next select()
     * reports them again, fresh, and no socket is ever handled on readiness that has since changed.
     */
    protected final void closeNow() throws IOException {
        beforeClose();
        if (key != null && key.isValid()) {
            context.calls().cancel(key);
            context.calls().selectNow(context.selector());
            context.selector().selectedKeys().clear();
        }
        context.calls().close(channel);
    }

    /** Lets go of what else holds the channel (another selector's key) so that the close is immediate. */
    void beforeClose() {
    }

    /** Closes without ceremony (Reset, the window closing); posts nothing. */
    final void discard() {
        if (isOpen()) {
            try {
                closeNow();
            } catch (IOException | RuntimeException e) {
                // the channel is closed either way
            }
        }
    }

    final boolean isOpen() {
        return channel != null && channel.isOpen();
    }

    /** The channel's current interest set, or -1 when it has no valid key. */
    final int interestOps() {
        return key != null && key.isValid() ? key.interestOps() : -1;
    }

    /** The channel, or null before it exists. */
    final SelectableChannel channel() {
        return channel;
    }

    final void count(Notification n, Wsa error) {
        counters = counters.plus(n, error.code());
    }

    /**
     * The socket as the lab shows it: the same instance as last time while nothing in it changed, so that a
     * reader can tell a changed socket from an unchanged one by identity (a class has hundreds per snapshot).
     */
    final SocketView view() {
        SocketView now = new SocketView(name, state(), counters, local, remote, backlog());
        if (!now.equals(view)) {
            view = now;
        }
        return view;
    }

    /** The backlog a listener asked for when it listened; 0 for other sockets. */
    int backlog() {
        return 0;
    }

    final String local() {
        return local;
    }

    /** Remembers the addresses while the channel can tell them, so a closed socket still shows them. */
    protected final void noteAddresses(SocketAddress peer) {
        try {
            SocketAddress own = channel.getLocalAddress();
            if (own != null) {
                local = Addresses.show(own);
            }
        } catch (IOException | RuntimeException e) {
            // closed: keep what we knew
        }
        if (peer != null) {
            remote = Addresses.show(peer);
        }
    }
}
