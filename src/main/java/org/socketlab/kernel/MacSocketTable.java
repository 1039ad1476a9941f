package org.socketlab.kernel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.socketlab.os.LibProc;

/**
 * macOS's view of this program's own TCP sockets: every socket descriptor of the process
 * ({@code proc_pidinfo(PROC_PIDLISTFDS)}), each described by {@code proc_pidfdinfo(PROC_PIDFDSOCKETINFO)}.
 * A program sees only the sockets it holds: a connection waiting in its listener's accept queue is counted,
 * not listed, and a socket it closed is no longer shown while the kernel finishes its connection.
 */
public final class MacSocketTable implements TcpTable<MacTcpSocket> {
    /** Fills buffers with the process's descriptor list and one socket's {@code socket_fdinfo}. */
    interface Sockets {
        ByteBuffer descriptors() throws IOException;

        Optional<ByteBuffer> socket(int fd);
    }

    private final Sockets sockets;

    MacSocketTable(Sockets sockets) {
        this.sockets = sockets;
    }

    /** This process's sockets; empty where libproc does not load. */
    static Optional<MacSocketTable> system() {
        long pid = ProcessHandle.current().pid();
        return LibProc.load().map(lib -> new MacSocketTable(new Sockets() {
            @Override
            public ByteBuffer descriptors() throws IOException {
                return lib.descriptors(pid);
            }

            @Override
            public Optional<ByteBuffer> socket(int fd) {
                return lib.socket(pid, fd, MacTcpSocket.SIZE);
            }
        }));
    }

    @Override
    public Optional<List<MacTcpSocket>> rows() {
        try {
            List<MacTcpSocket> rows = new ArrayList<>();
            for (int fd : MacTcpSocket.socketDescriptors(sockets.descriptors())) {
                // a descriptor closed since the list was taken has no socket any more
                sockets.socket(fd).flatMap(MacTcpSocket::decode).ifPresent(rows::add);
            }
            return Optional.of(rows);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public KernelSource source() {
        return KernelSource.PROC_PIDFDINFO;
    }
}
