package org.socketlab.bench;

import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * When a top-level window is mapped on the benchmark's X display, told by the X server itself: a client
 * of the X11 protocol on the display's Unix socket, no library and no polling. It asks for
 * SubstructureNotify on the root window, so the server sends it a MapNotify the moment any top-level
 * window is mapped (there is no window manager on the display to reparent them); the reading thread
 * blocks until then and stamps each event with {@link System#nanoTime()} as it arrives.
 */
final class MapWatch implements AutoCloseable {
    /** A top-level window mapped, with the size it had then (from its CreateNotify/ConfigureNotify). */
    record Mapped(long nanos, int window, int width, int height) {
    }

    private static final int MAP_NOTIFY = 19;
    private static final int CREATE_NOTIFY = 16;
    private static final int CONFIGURE_NOTIFY = 22;
    private static final int CHANGE_WINDOW_ATTRIBUTES = 2;
    private static final int CW_EVENT_MASK = 0x800;
    private static final int SUBSTRUCTURE_NOTIFY_MASK = 0x80000;

    private final SocketChannel x;
    private final BlockingQueue<Mapped> mapped = new LinkedBlockingQueue<>();
    private final Map<Integer, int[]> sizes = new HashMap<>();

    private MapWatch(SocketChannel x) {
        this.x = x;
    }

    /** Connects to {@code display} (":N", a local server that needs no authorisation, as Xvfb started here). */
    static MapWatch open(String display) throws IOException {
        String number = display.substring(display.indexOf(':') + 1);
        SocketChannel x = SocketChannel.open(StandardProtocolFamily.UNIX);
        x.connect(UnixDomainSocketAddress.of("/tmp/.X11-unix/X" + number));
        MapWatch watch = new MapWatch(x);
        watch.selectOnRoot(watch.handshake());
        Thread reader = new Thread(watch::read, "bench-x11-" + number);
        reader.setDaemon(true);
        reader.start();
        return watch;
    }

    /** The connection setup; returns the first screen's root window. */
    private int handshake() throws IOException {
        ByteBuffer hello = little(12).put((byte) 'l').put((byte) 0).putShort((short) 11).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putShort((short) 0);
        write(hello);
        ByteBuffer head = readFully(8);
        int status = head.get(0);
        ByteBuffer body = readFully(4 * Short.toUnsignedInt(head.getShort(6)));
        if (status != 1) {
            byte[] reason = new byte[Math.min(head.get(1) & 0xff, body.remaining())];
            body.get(reason);
            throw new IOException("the X server refused the connection: "
                    + new String(reason, StandardCharsets.ISO_8859_1));
        }
        int vendorLength = Short.toUnsignedInt(body.getShort(16));
        int formats = body.get(21) & 0xff;
        int screen = 32 + (vendorLength + 3) / 4 * 4 + 8 * formats;
        return body.getInt(screen);
    }

    private void selectOnRoot(int root) throws IOException {
        write(little(16).put((byte) CHANGE_WINDOW_ATTRIBUTES).put((byte) 0).putShort((short) 4).putInt(root)
                .putInt(CW_EVENT_MASK).putInt(SUBSTRUCTURE_NOTIFY_MASK));
    }

    private void read() {
        try {
            while (true) {
                ByteBuffer e = readFully(32);
                long now = System.nanoTime();
                int code = e.get(0) & 0x7f;
                if (code == CREATE_NOTIFY) {
                    sizes.put(e.getInt(8), new int[] {Short.toUnsignedInt(e.getShort(16)),
                            Short.toUnsignedInt(e.getShort(18))});
                } else if (code == CONFIGURE_NOTIFY) {
                    sizes.put(e.getInt(8), new int[] {Short.toUnsignedInt(e.getShort(20)),
                            Short.toUnsignedInt(e.getShort(22))});
                } else if (code == MAP_NOTIFY && e.get(12) == 0) { // not override-redirect: no popup or tooltip
                    int[] size = sizes.getOrDefault(e.getInt(8), new int[2]);
                    mapped.add(new Mapped(now, e.getInt(8), size[0], size[1]));
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    /** The next top-level window mapped, waiting at most {@code seconds}; null if none was. */
    Mapped next(double seconds) throws InterruptedException {
        return mapped.poll((long) (seconds * 1000), TimeUnit.MILLISECONDS);
    }

    /** Forgets windows mapped so far (those of a previous run). */
    void clear() {
        mapped.clear();
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void write(ByteBuffer b) throws IOException {
        b.flip();
        while (b.hasRemaining()) {
            x.write(b);
        }
    }

    private ByteBuffer readFully(int size) throws IOException {
        ByteBuffer b = little(size);
        while (b.hasRemaining()) {
            if (x.read(b) < 0) {
                throw new EOFException("the X server closed the connection");
            }
        }
        return b.flip();
    }

    @Override
    public void close() throws IOException {
        x.close();
    }
}
