package org.socketlab.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What this process holds, read from the OS: socket descriptors and the lab's selector threads. */
final class OpenSockets {
    private OpenSockets() {
    }

    private static final Path FDS = Path.of("/proc/self/fd");

    /**
     * How many file descriptors of this process are sockets (Linux: links to {@code socket:[inode]}).
     * Where there is no {@code /proc/self/fd} (not Linux) the calling test is skipped, saying why.
     */
    static long count() {
        return descriptors("socket", "socket:");
    }

    /** How many file descriptors of this process are epoll instances, one per open {@code Selector} (Linux). */
    static long selectors() {
        return descriptors("epoll", "anon_inode:[eventpoll]");
    }

    /** The descriptors whose link starts with {@code prefix}; skips the calling test where there are none to list. */
    private static long descriptors(String kind, String prefix) {
        assumeTrue(Files.isDirectory(FDS), "no /proc/self/fd (not Linux): this test counts the process's " + kind
                + " descriptors there, so it is skipped");
        try (Stream<Path> fds = Files.list(FDS)) {
            return fds.filter(fd -> linksTo(fd, prefix)).count();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc/self/fd", e);
        }
    }

    private static boolean linksTo(Path fd, String prefix) {
        try {
            return Files.readSymbolicLink(fd).toString().startsWith(prefix);
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
