package org.socketlab.engine;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;

/** One socket of the lab. Lives on the selector thread only: no method here is thread-safe. */
abstract class Endpoint {
    protected final SocketName name;
    protected final LabCore core;
    private Counters counters = Counters.ZERO;
    private String local = "";
    private String remote = "";

    Endpoint(SocketName name, LabCore core) {
        this.name = name;
        this.core = core;
    }

    SocketName name() {
        return name;
    }

    /** Runs one step of this socket's kind; never throws. */
    abstract Reply perform(Step step);

    /** Handles the selector's readiness report for this socket's key. */
    abstract void onReady(SelectionKey key);

    /** Closes without ceremony (Reset, window closing); posts nothing. */
    abstract void discard();

    abstract SocketState state();

    abstract boolean isOpen();

    /** The channel's current interest set, or -1 when it has no valid key. */
    abstract int interestOps();

    /** The channel, or null before it exists. */
    abstract SelectableChannel channel();

    /** What a naive loop would watch: every operation that fits the socket's state. */
    abstract int naiveInterestOps();

    final void count(Notification n, int error) {
        counters = counters.plus(n, error);
    }

    final Counters counters() {
        return counters;
    }

    final SocketView view() {
        return new SocketView(name, state(), counters, local, remote);
    }

    /** Remembers the addresses while the channel can tell them, so a closed socket still shows them. */
    protected final void noteAddresses(NetworkChannel channel, SocketAddress peer) {
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

    protected final void setInterest(SelectionKey key, int ops) {
        if (key != null && key.isValid() && key.interestOps() != ops) {
            key.interestOps(ops);
        }
    }
}
