package org.socketlab.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.socketlab.kernel.ProcNetTcp;
import org.socketlab.kernel.ProcTcpRow;
import org.socketlab.kernel.TcpState;

/**
 * What the kernel holds for the lab of process {@code pid}, read from outside it: the port of its listener
 * (found through the socket inodes in {@code /proc/PID/fd}), then every row of {@code /proc/net/tcp{,6}}
 * with that port on either side, TIME_WAIT and orphans included. Shows that the steps really ran.
 */
final class LabSockets {
    private LabSockets() {
    }

    /** E.g. {@code LISTEN, ESTABLISHED x2}; "no listener" when the process holds none. */
    static String states(long pid) {
        List<ProcTcpRow> rows = ProcNetTcp.system().rows().orElse(List.of());
        Set<Long> inodes = socketInodes(pid);
        Optional<String> port = rows.stream()
                .filter(r -> r.state() == TcpState.LISTEN && inodes.contains(r.inode()))
                .map(r -> port(r.local())).findFirst();
        if (port.isEmpty()) {
            return "no listener";
        }
        Map<String, Integer> states = new TreeMap<>();
        for (ProcTcpRow r : rows) {
            if (port(r.local()).equals(port.get()) || port(r.remote()).equals(port.get())) {
                states.merge(r.state().name(), 1, Integer::sum);
            }
        }
        StringBuilder text = new StringBuilder();
        states.forEach((state, n) -> text.append(text.length() == 0 ? "" : ", ").append(state)
                .append(n > 1 ? " x" + n : ""));
        return text.toString();
    }

    private static String port(String address) {
        return address.substring(address.lastIndexOf(':') + 1);
    }

    private static Set<Long> socketInodes(long pid) {
        Set<Long> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(Long.parseLong(target.substring(8, target.length() - 1)));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            // the process has ended
        }
        return inodes;
    }
}
