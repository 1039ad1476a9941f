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
 * answers is {@code org.socketlab.kernel.SockDiagTable}'s, in plain Java. One socket for the process, kept
 * open; callers take turns (synchronized).
 */
public final class NetlinkSockDiag {
    private static final int AF_NETLINK = 16;
    private static final int SOCK_DGRAM = 2;
    private static final int NETLINK_SOCK_DIAG = 4;
    /** Room for one answer: a lookup's is one message of a few hundred bytes. */
    private static final int ANSWER_BYTES = 8192;
    private static final int SOL_SOCKET = 1;
    private static final int SO_RCVTIMEO = 20;
    /** How long an answer may take before the caller reads the whole table instead: the kernel answers at once. */
    private static final long ANSWER_SECONDS = 1;
    /** Answers to earlier requests (one that timed out) read past before this request's own. */
    private static final int STALE_ANSWERS = 8;

    /** The C library's calls, as they are declared there. */
    interface LibC extends Library {
        int socket(int domain, int type, int protocol) throws LastErrorException;

        long send(int fd, byte[] buffer, long length, int flags) throws LastErrorException;

        long recv(int fd, byte[] buffer, long length, int flags) throws LastErrorException;

        int setsockopt(int fd, int level, int name, byte[] value, int length) throws LastErrorException;
    }

    private final LibC libc;
    private final byte[] answer = new byte[ANSWER_BYTES];
    private final int fd;

    private NetlinkSockDiag(LibC libc, int fd) {
        this.libc = libc;
        this.fd = fd;
    }

    /** The process's one channel, opened at the first call; empty where it cannot open. */
    private static Optional<NetlinkSockDiag> shared;

    /**
     * The channel, where the C library loads and the kernel offers it (Linux); empty elsewhere. One for the
     * whole process, kept open: readers take turns on it, and none leaves a socket behind.
     */
    public static synchronized Optional<NetlinkSockDiag> shared() {
        if (shared == null) {
            shared = open();
        }
        return shared;
    }

    private static Optional<NetlinkSockDiag> open() {
        try {
            LibC libc = Native.load("c", LibC.class);
            int fd = libc.socket(AF_NETLINK, SOCK_DGRAM, NETLINK_SOCK_DIAG);
            // struct timeval {seconds, microseconds}, two longs on the 64-bit systems Java runs on
            byte[] timeout = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder()).putLong(ANSWER_SECONDS).putLong(0)
                    .array();
            libc.setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, timeout, timeout.length);
            return Optional.of(new NetlinkSockDiag(libc, fd));
        } catch (LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Sends one request and returns the kernel's answer to it (one datagram, matched by the sequence number
     * both carry at byte 8), in the machine's byte order. Fails when none comes within a second.
     */
    public synchronized ByteBuffer ask(byte[] request) throws IOException {
        int sequence = ByteBuffer.wrap(request).order(ByteOrder.nativeOrder()).getInt(8);
        try {
            libc.send(fd, request, request.length, 0);
            for (int tries = 0; tries <= STALE_ANSWERS; tries++) {
                int n = (int) libc.recv(fd, answer, answer.length, 0);
                ByteBuffer copy = ByteBuffer.allocate(n).order(ByteOrder.nativeOrder());
                copy.put(answer, 0, n).flip();
                if (n >= 12 && copy.getInt(8) == sequence) {
                    return copy;
                }
            }
            throw new IOException("sock_diag: no answer to request " + sequence);
        } catch (LastErrorException e) {
            throw new IOException("sock_diag: errno " + e.getErrorCode(), e);
        }
    }
}
