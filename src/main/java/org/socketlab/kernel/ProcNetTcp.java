package org.socketlab.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Linux's connection tables, {@code /proc/net/tcp} and {@code /proc/net/tcp6}, read whole on each call. */
public final class ProcNetTcp implements TcpTable {
    private static final Path SOMAXCONN = Path.of("/proc/sys/net/core/somaxconn");
    private final List<Path> files;

    public ProcNetTcp(Path root) {
        files = List.of(root.resolve("tcp"), root.resolve("tcp6"));
    }

    /** This machine's tables. */
    public static ProcNetTcp system() {
        return new ProcNetTcp(Path.of("/proc/net"));
    }

    @Override
    public Optional<List<ProcTcpRow>> rows() {
        List<ProcTcpRow> rows = new ArrayList<>();
        boolean any = false;
        for (Path file : files) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                    ProcTcpRow.parse(line).ifPresent(rows::add);
                }
                any = true;
            } catch (IOException | RuntimeException e) {
                // no such table here (no IPv6, not Linux)
            }
        }
        return any ? Optional.of(rows) : Optional.empty();
    }

    @Override
    public int maxBacklog() {
        try {
            // read by lines: sizing the read from the file (Files.readString) cuts /proc files short
            return Integer.parseInt(Files.readAllLines(SOMAXCONN).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }
}
