package org.socketlab.engine;

/**
 * The port the lab's server listens on and its clients connect to. A fixed port is used as set. With
 * port 0 the OS chooses one at the first Listen, and the lab keeps that port for every later Listen and
 * Connect until Reset or until the settings name another place to listen: a server that is stopped and
 * started again comes back on its own port, as a real service does. That is what makes closing a
 * listener and listening again meet the connections it left behind in TIME_WAIT (docs/semantics.md,
 * "Kernel states and TIME_WAIT"). Lives on the selector thread.
 */
final class LabPort {
    /** The port the OS chose at the first Listen on port 0; 0 until then. */
    private int chosen;

    /**
     * The port Listen binds and Connect goes to: the configured one, else the one the OS chose at the first
     * Listen (0 before it: the OS chooses now, and a Connect goes nowhere).
     */
    int port(LabSettings settings) {
        return settings.port() != 0 ? settings.port() : chosen;
    }

    /** Remembers the port a Listen was given, when the OS chose it. */
    void listened(LabSettings settings, int bound) {
        if (settings.port() == 0 && bound != 0) {
            chosen = bound;
        }
    }

    /** Forgets the chosen port (Reset, or the settings now listen elsewhere). */
    void forget() {
        chosen = 0;
    }
}
