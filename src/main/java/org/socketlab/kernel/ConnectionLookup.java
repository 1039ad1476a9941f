package org.socketlab.kernel;

import java.io.IOException;
import java.util.Optional;

/** Finds one connection of the kernel's table by its two addresses, without reading the whole table. */
@FunctionalInterface
interface ConnectionLookup {
    /**
     * The connection with these addresses (the lab's notation; a listener's remote is {@code 0.0.0.0:0} or
     * {@code [::]:0}), or empty when the kernel holds none.
     */
    Optional<ProcTcpRow> row(String local, String remote) throws IOException;
}
