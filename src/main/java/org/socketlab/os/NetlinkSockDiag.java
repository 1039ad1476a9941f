package org.socketlab.os;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Linux's socket-diagnostics channel ({@code NETLINK_SOCK_DIAG}, see sock_diag(7)), through JNA's binding of
 * the C library: one request out, its answer in. Only moves bytes; building the requests and reading the
 * answers is {@code org.socketlab.kernel.SockDiagTable}'s, in plain Java. One socket, kept open; callers
 * take turns (synchronized).
 */
public final class NetlinkSockDiag implements AutoCloseable {
    private static final int AF_NETLINK = 16;
    private static final int SOCK_DGRAM = 2;
    private static final int NETLINK_SOCK_DIAG = 4;
    /** Room for one answer: a lookup's is one message of a few hundred bytes. */
    private static final int ANSWER_BYTES = 8192;

    /** The C library's calls, as they are declared there. */
    interface LibC extends Library {
        int socket(int domain, int type, int protocol) throws LastErrorException;

        long send(int fd, byte[] buffer, long length, int flags) throws LastErrorException;

        long recv(int fd, byte[] buffer, long length, int flags) throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    private final LibC libc;
    private final byte[] answer = new byte[ANSWER_BYTES];
    private int fd;

    private NetlinkSockDiag(LibC libc, int fd) {
        this.libc = libc;
        this.fd = fd;
    }

    /** The channel, where the C library loads and the kernel offers it (Linux); empty elsewhere. */
    public static Optional<NetlinkSockDiag> open() {
        try {
            LibC libc = Native.load("c", LibC.class);
            return Optional.of(new NetlinkSockDiag(libc, libc.socket(AF_NETLINK, SOCK_DGRAM, NETLINK_SOCK_DIAG)));
        } catch (LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Sends one request and returns the kernel's answer to it (one datagram), in the machine's byte order. */
    public synchronized ByteBuffer ask(byte[] request) throws IOException {
        if (fd < 0) {
            throw new IOException("closed");
        }
        try {
            libc.send(fd, request, request.length, 0);
            int n = (int) libc.recv(fd, answer, answer.length, 0);
            ByteBuffer copy = ByteBuffer.allocate(n).order(ByteOrder.nativeOrder());
            copy.put(answer, 0, n).flip();
            return copy;
        } catch (LastErrorException e) {
            throw new IOException("sock_diag: errno " + e.getErrorCode(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (fd >= 0) {
            libc.close(fd);
            fd = -1;
        }
    }
}
