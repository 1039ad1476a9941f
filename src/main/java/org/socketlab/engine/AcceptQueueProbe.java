package org.socketlab.engine;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;

/**
 * Tells whether a connection waits in a listener's accept queue without taking it: Java has no call that
 * peeks at the queue, so the listener is registered with a selector of its own (OP_ACCEPT) and asked with
 * {@code selectNow()}. Used on the selector thread right after an Accept, as Windows re-enables FD_ACCEPT
 * and posts it again when more connections are pending. Not a call a step makes: it is recorded nowhere.
 * Closed before its listener (a channel registered with a selector is closed only once every key is gone).
 * A selector the system refuses leaves the re-post to the lab's next select().
 */
final class AcceptQueueProbe implements AutoCloseable {
    private Selector selector;
    private boolean refused;

    /** Whether a finished connection waits to be accepted on {@code listener} now. */
    boolean waiting(ServerSocketChannel listener) {
        if (refused) {
            return false;
        }
        try {
            if (selector == null) {
                selector = Selector.open();
                listener.register(selector, SelectionKey.OP_ACCEPT);
            }
            int ready = selector.selectNow();
            selector.selectedKeys().clear();
            return ready > 0;
        } catch (IOException | RuntimeException e) {
            refused = true;
            close();
            return false;
        }
    }

    @Override
    public void close() {
        if (selector != null) {
            try {
                selector.close();
            } catch (IOException e) {
                // its keys are cancelled either way
            }
            selector = null;
        }
    }
}
