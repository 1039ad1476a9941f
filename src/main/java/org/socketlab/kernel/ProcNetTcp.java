package org.socketlab.kernel;

import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/** Linux's connection tables, {@code /proc/net/tcp} and {@code /proc/net/tcp6}, read whole on each call. */
public final class ProcNetTcp implements TcpTable<ProcTcpRow> {
    private static final Path SOMAXCONN = Path.of("/proc/sys/net/core/somaxconn");
    /** Address fields remembered at most: a lab's own connections, many times over. */
    private static final int REMEMBERED = 16_384;
    private final Path ipv4;
    private final Path ipv6;
    /** Address fields already turned into the lab's notation: the same ones come back on every read. */
    private final Map<String, String> shown = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    /**
     * The previous read's rows by their line: a connection whose line has not changed since (most of a big
     * lab's, between two steps) is not parsed again.
     */
    private Map<String, ProcTcpRow> previous = new HashMap<>();

    public ProcNetTcp(Path root) {
        ipv4 = root.resolve("tcp");
        ipv6 = root.resolve("tcp6");
    }

    /** This machine's tables. */
    public static ProcNetTcp system() {
        return new ProcNetTcp(Path.of("/proc/net"));
    }

    @Override
    public Optional<List<ProcTcpRow>> rows() {
        return rows(true, true, port -> true);
    }

    @Override
    public synchronized Optional<List<ProcTcpRow>> rows(boolean withIpv4, boolean withIpv6, IntPredicate ports) {
        List<ProcTcpRow> rows = new ArrayList<>();
        Map<String, ProcTcpRow> parsed = new HashMap<>(previous.size() * 2);
        boolean any = false;
        List<Path> files = withIpv4 && withIpv6 ? List.of(ipv4, ipv6) : List.of(withIpv6 ? ipv6 : ipv4);
        for (Path file : files) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                    if (!ProcTcpRow.hasPort(line, ports)) {
                        continue;
                    }
                    ProcTcpRow row = previous.get(line);
                    if (row == null) {
                        row = ProcTcpRow.parse(line, this::shown).orElse(null);
                    }
                    if (row != null) {
                        rows.add(row);
                        parsed.put(line, row);
                    }
                }
                any = true;
            } catch (IOException | RuntimeException e) {
                // no such table here (no IPv6, not Linux)
            }
        }
        previous = parsed;
        return any ? Optional.of(rows) : Optional.empty();
    }

    private String shown(String field) throws UnknownHostException {
        String known = shown.get(field);
        if (known == null) {
            known = ProcTcpRow.shown(field);
            shown.put(field, known);
        }
        return known;
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
