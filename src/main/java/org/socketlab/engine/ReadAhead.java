package org.socketlab.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Bytes the selector thread has already read from the kernel so it can tell data from EOF and reset
 * (SEMANTICS.md section 1, OnClose). Bounded, so TCP back-pressure still reaches the sender.
 */
final class ReadAhead {
    static final int LIMIT = 64 * 1024;

    private final ByteBuffer buffer = ByteBuffer.allocate(LIMIT);

    int held() {
        return buffer.position();
    }

    boolean hasRoom() {
        return buffer.hasRemaining();
    }

    /** Reads what the kernel has, up to the free room: the channel's read() result. */
    int fill(SocketChannel channel) throws IOException {
        return channel.read(buffer);
    }

    /** Moves up to {@code out.remaining()} held bytes into {@code out}; returns how many. */
    int drainInto(ByteBuffer out) {
        buffer.flip();
        int n = Math.min(buffer.remaining(), out.remaining());
        ByteBuffer part = buffer.slice(buffer.position(), n);
        out.put(part);
        buffer.position(buffer.position() + n);
        buffer.compact();
        return n;
    }

    void clear() {
        buffer.clear();
    }
}
