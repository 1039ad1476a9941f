package org.socketlab.os;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * macOS's libproc (in libSystem), through JNA: the file descriptors of a process and what one socket
 * descriptor holds ({@code <libproc.h>}, {@code <sys/proc_info.h>}). Only fills buffers with the structures as
 * the kernel lays them out; reading them is {@code org.socketlab.kernel.MacTcpSocket}'s, in plain Java, tested
 * on recorded structures. This class runs on macOS only, and is not run by the tests on Linux.
 */
public final class LibProc {
    /** {@code PROC_PIDLISTFDS}: the process's descriptors, an array of {@code struct proc_fdinfo}. */
    private static final int PROC_PIDLISTFDS = 1;
    /** {@code PROC_PIDFDSOCKETINFO}: one socket descriptor's {@code struct socket_fdinfo}. */
    private static final int PROC_PIDFDSOCKETINFO = 3;
    /** {@code sizeof(struct proc_fdinfo)}: room for descriptors opened between the two calls. */
    private static final int FD_BYTES = 8;
    private static final int SLACK_FDS = 64;

    /** The two functions, as libproc declares them. */
    interface Functions extends Library {
        int proc_pidinfo(int pid, int flavor, long arg, Pointer buffer, int bufferSize);

        int proc_pidfdinfo(int pid, int fd, int flavor, Pointer buffer, int bufferSize);
    }

    private final Functions lib;

    private LibProc(Functions lib) {
        this.lib = lib;
    }

    /** The binding, where libSystem loads (macOS); empty elsewhere. */
    public static Optional<LibProc> load() {
        try {
            return Optional.of(new LibProc(Native.load("System", Functions.class)));
        } catch (LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code proc_pidinfo(pid, PROC_PIDLISTFDS)}: the process's descriptors, in the machine's byte order. */
    public ByteBuffer descriptors(long pid) throws IOException {
        int needed = lib.proc_pidinfo((int) pid, PROC_PIDLISTFDS, 0, null, 0);
        if (needed <= 0) {
            throw new IOException("proc_pidinfo(PROC_PIDLISTFDS) failed: " + Native.getLastError());
        }
        int bytes = needed + SLACK_FDS * FD_BYTES;
        Memory buffer = new Memory(bytes);
        int filled = lib.proc_pidinfo((int) pid, PROC_PIDLISTFDS, 0, buffer, bytes);
        if (filled <= 0) {
            throw new IOException("proc_pidinfo(PROC_PIDLISTFDS) failed: " + Native.getLastError());
        }
        return ByteBuffer.wrap(buffer.getByteArray(0, filled)).order(ByteOrder.nativeOrder());
    }

    /**
     * {@code proc_pidfdinfo(pid, fd, PROC_PIDFDSOCKETINFO)}: the descriptor's {@code struct socket_fdinfo} of
     * {@code size} bytes; empty when the descriptor is gone, or is no socket.
     */
    public Optional<ByteBuffer> socket(long pid, int fd, int size) {
        Memory buffer = new Memory(size);
        int filled = lib.proc_pidfdinfo((int) pid, fd, PROC_PIDFDSOCKETINFO, buffer, size);
        return filled == size ? Optional.of(ByteBuffer.wrap(buffer.getByteArray(0, size)).order(ByteOrder.nativeOrder()))
                : Optional.empty();
    }
}
