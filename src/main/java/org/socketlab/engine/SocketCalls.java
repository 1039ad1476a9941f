package org.socketlab.engine;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Makes the lab's socket calls and records each one with what it returned or threw. It is the only
 * class of the engine that calls a channel (ArchitectureTest keeps it so), so a step's list of calls is
 * exactly what the step did. The selector thread's own calls (telling data from end of stream) go
 * through a recorder that belongs to no step.
 */
final class SocketCalls {
    @FunctionalInterface
    private interface IoCall<T> {
        T call() throws IOException;
    }

    private final List<Call> made = new ArrayList<>();
    private final Runnable counter;
    private final boolean keeping;

    /**
     * @param counter runs once for every call made, before it is made (the engine's own count)
     * @param keeping whether to keep the list of calls: a step's recorder does; the selector thread's
     *                own lives as long as the lab, so it only counts
     */
    SocketCalls(Runnable counter, boolean keeping) {
        this.counter = counter;
        this.keeping = keeping;
    }

    /**
     * Opens and closes one channel when a lab starts, so the JDK sets up its close machinery while
     * descriptors are available: set up later, with every descriptor in use, it fails for good and no
     * socket of the process could be closed again.
     */
    static void warmUp() {
        try {
            SocketChannel.open().close();
        } catch (IOException e) {
            // nothing to warm up with; closing will set it up later
        }
    }

    List<Call> made() {
        return List.copyOf(made);
    }

    ServerSocketChannel openServer(ProtocolFamily family) throws IOException {
        return call("ServerSocketChannel.open", family.toString(), () -> ServerSocketChannel.open(family),
                "a ServerSocketChannel");
    }

    SocketChannel openClient(ProtocolFamily family) throws IOException {
        return call("SocketChannel.open", family.toString(), () -> SocketChannel.open(family), "a SocketChannel");
    }

    void configureNonBlocking(SelectableChannel channel) throws IOException {
        call("configureBlocking", "false", () -> channel.configureBlocking(false), "");
    }

    SelectionKey register(SelectableChannel channel, Selector selector, Object attachment) throws IOException {
        return call("register", "selector, 0", () -> channel.register(selector, 0, attachment), "a SelectionKey");
    }

    void bind(ServerSocketChannel channel, SocketAddress address, int backlog) throws IOException {
        call("bind", Addresses.show(address) + ", " + backlog, () -> channel.bind(address, backlog), "");
    }

    SocketChannel accept(ServerSocketChannel channel) throws IOException {
        return call("accept", "", channel::accept, accepted -> accepted == null ? "null" : "a SocketChannel");
    }

    boolean connect(SocketChannel channel, SocketAddress address) throws IOException {
        return value("connect", Addresses.show(address), () -> channel.connect(address));
    }

    boolean finishConnect(SocketChannel channel) throws IOException {
        return value("finishConnect", "", channel::finishConnect);
    }

    int read(SocketChannel channel, ByteBuffer buffer) throws IOException {
        return value("read", "buffer of " + bytes(buffer.remaining()), () -> channel.read(buffer));
    }

    int write(SocketChannel channel, ByteBuffer buffer) throws IOException {
        return value("write", bytes(buffer.remaining()), () -> channel.write(buffer));
    }

    /** FIONREAD: how many bytes wait in the kernel, without taking any (0 at end of stream and after a reset). */
    int available(SocketChannel channel) throws IOException {
        return value("available", "", () -> channel.socket().getInputStream().available());
    }

    void shutdownOutput(SocketChannel channel) throws IOException {
        call("shutdownOutput", "", channel::shutdownOutput, "");
    }

    void lingerZero(SocketChannel channel) throws IOException {
        call("setOption", "SO_LINGER, 0", () -> channel.setOption(StandardSocketOptions.SO_LINGER, 0), "");
    }

    /** SO_REUSEADDR on a listener, before its bind(): Java turns it on by itself on Linux and macOS. */
    void reuseAddress(ServerSocketChannel channel, boolean on) throws IOException {
        call("setOption", "SO_REUSEADDR, " + on,
                () -> channel.setOption(StandardSocketOptions.SO_REUSEADDR, on), "");
    }

    void cancel(SelectionKey key) throws IOException {
        call("key.cancel", "", () -> {
            key.cancel();
            return null;
        }, "");
    }

    void selectNow(Selector selector) throws IOException {
        value("selector.selectNow", "", selector::selectNow);
    }

    void close(Channel channel) throws IOException {
        call("close", "", () -> {
            channel.close();
            return null;
        }, "");
    }

    private void keep(Call call) {
        if (keeping) {
            made.add(call);
        }
    }

    private static String bytes(int count) {
        return count == 1 ? "1 byte" : count + " bytes";
    }

    private <T> T value(String method, String arguments, IoCall<T> body) throws IOException {
        return call(method, arguments, body, String::valueOf);
    }

    private <T> T call(String method, String arguments, IoCall<T> body, String shown) throws IOException {
        return call(method, arguments, body, result -> shown);
    }

    private <T> T call(String method, String arguments, IoCall<T> body, Function<T, String> shown)
            throws IOException {
        counter.run();
        try {
            T result = body.call();
            keep(Call.returned(method, arguments, shown.apply(result)));
            return result;
        } catch (IOException | RuntimeException e) {
            keep(Call.threw(method, arguments, ErrorCodes.describe(e)));
            throw e;
        }
    }
}
