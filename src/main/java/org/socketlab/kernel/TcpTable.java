package org.socketlab.kernel;

import java.util.List;
import java.util.Optional;

/** Where the kernel's connection table is read from; empty where the system has none to read. */
@FunctionalInterface
public interface TcpTable {
    Optional<List<ProcTcpRow>> rows();

    /** The accept-queue limit the kernel imposes on any backlog (net.core.somaxconn), if known. */
    default int maxBacklog() {
        return Integer.MAX_VALUE;
    }
}
