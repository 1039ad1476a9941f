package org.socketlab.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * The player benchmark's baseline: the connections of its script made by a plain java.nio loop on one
 * thread and one selector. A listening socket on an OS-chosen loopback port; then for each client in turn:
 * a non-blocking connect, finishConnect on OP_CONNECT, accept on OP_ACCEPT, 12 bytes written by the client
 * and read by the accepted socket on OP_READ. Every socket stays open to the end, as in the script.
 * Argument: the number of clients. Prints {@code loop NANOS} and {@code received BYTES}.
 */
public final class PlainNioLoop {
    static final int BYTES = 12;

    private PlainNioLoop() {
    }

    public static void main(String[] args) throws IOException {
        int clients = Integer.parseInt(args[0]);
        List<SocketChannel> open = new ArrayList<>();
        long received = 0;
        long began = System.nanoTime();
        try (Selector selector = Selector.open(); ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress("127.0.0.1", 0), 100);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            for (int i = 0; i < clients; i++) {
                SocketChannel client = SocketChannel.open();
                open.add(client);
                client.configureBlocking(false);
                boolean connected = client.connect(server.getLocalAddress());
                client.register(selector, connected ? 0 : SelectionKey.OP_CONNECT);
                SocketChannel worker = null;
                while (!connected || worker == null) {
                    selector.select();
                    for (SelectionKey key : selector.selectedKeys()) {
                        if (key.isValid() && key.isAcceptable()) {
                            worker = server.accept();
                            open.add(worker);
                            worker.configureBlocking(false);
                            worker.register(selector, 0);
                        } else if (key.isValid() && key.isConnectable()) {
                            connected = client.finishConnect();
                            key.interestOps(0);
                        }
                    }
                    selector.selectedKeys().clear();
                }
                client.write(ByteBuffer.allocate(BYTES));
                received += read(selector, worker);
            }
            long loop = System.nanoTime() - began;
            for (SocketChannel c : open) {
                c.close();
            }
            System.out.println("loop " + loop);
            System.out.println("received " + received);
        }
    }

    /** Reads the client's bytes on OP_READ; returns how many came. */
    private static int read(Selector selector, SocketChannel worker) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        SelectionKey key = worker.keyFor(selector);
        key.interestOps(SelectionKey.OP_READ);
        while (buffer.position() < BYTES) {
            selector.select();
            selector.selectedKeys().clear();
            if (worker.read(buffer) < 0) {
                break;
            }
        }
        key.interestOps(0);
        return buffer.position();
    }
}
