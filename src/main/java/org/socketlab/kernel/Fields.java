package org.socketlab.kernel;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.socketlab.engine.SocketView;

/**
 * Fields of the structures Windows and macOS fill, read from a buffer in the machine's byte order: both keep
 * a port in network byte order in the lower half of a 32-bit field, and addresses as bytes in network order.
 */
final class Fields {
    private Fields() {
    }

    /**
     * A port kept in network byte order in the lower 16 bits of a 32-bit field in the machine's order: what C
     * reads as {@code ntohs((u_short) field)}.
     */
    static int port(ByteBuffer buffer, int at) {
        int low = buffer.getInt(at) & 0xFFFF;
        return buffer.order() == ByteOrder.LITTLE_ENDIAN ? Short.reverseBytes((short) low) & 0xFFFF : low;
    }

    /** {@code length} bytes of an address in network byte order. */
    static byte[] address(ByteBuffer buffer, int at, int length) {
        byte[] bytes = new byte[length];
        buffer.get(at, bytes);
        return bytes;
    }

    /** An address and port in the lab's notation. */
    static String shown(byte[] address, int port) {
        try {
            return SocketView.show(new InetSocketAddress(InetAddress.getByAddress(address), port));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an address of " + address.length + " bytes", e);
        }
    }
}
