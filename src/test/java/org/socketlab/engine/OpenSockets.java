package org.socketlab.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What this process holds, read from the OS: socket descriptors and the lab's selector threads. */
final class OpenSockets {
    private OpenSockets() {
    }

    /** How many file descriptors of this process are sockets (Linux: links to {@code socket:[inode]}). */
    static long count() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(OpenSockets::isSocket).count();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc/self/fd", e);
        }
    }

    private static boolean isSocket(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString().startsWith("socket:");
        } catch (IOException e) {
            return false; // closed while listing
        }
    }

    static long selectorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(Lab.THREAD_NAME) && t.isAlive())
                .count();
    }
}
