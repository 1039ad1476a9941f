package org.socketlab.cli;

import org.socketlab.engine.IpFamily;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Role;
import picocli.CommandLine.Option;

/** The lab's settings as command-line options, shared by the player and the window. */
public final class LabOptions {
    @Option(names = "--host", description = "Address clients connect to (default: loopback, 127.0.0.1 or ::1).")
    String host;

    @Option(names = "--port", description = "Server port; 0 = the OS chooses (default ${DEFAULT-VALUE}).")
    int port = LabSettings.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDR",
            description = "Address the server listens on (default: loopback). 0.0.0.0 or :: listens on every "
                    + "interface: the lab is then reachable from the network.")
    String bind;

    @Option(names = "--ip", paramLabel = "4|6", description = "IP family: host and bind resolve in it only (default 4).")
    int ip = 4;

    @Option(names = "--role", paramLabel = "both|server|client",
            description = "Run both sides (default), only the server side, or only clients.")
    String role = "both";

    @Option(names = "--timeout", paramLabel = "MS",
            description = "How long a connect may go unanswered before OnConnect reports WSAETIMEDOUT (default ${DEFAULT-VALUE}).")
    int timeout = LabSettings.DEFAULT_CONNECT_TIMEOUT;

    @Option(names = "--buffer", description = "Bytes one Receive asks for (default ${DEFAULT-VALUE}).")
    int buffer = LabSettings.DEFAULT_RECEIVE_BUFFER;

    @Option(names = "--backlog", description = "Listen backlog (default ${DEFAULT-VALUE}).")
    int backlog = LabSettings.DEFAULT_BACKLOG;

    @Option(names = "--reuseaddr", paramLabel = "on|off",
            description = "The listener's SO_REUSEADDR: on leaves it as Java sets it (on, on Linux); off turns it off "
                    + "before Listen, so a connection left in TIME_WAIT on the port makes Listen fail (default on).")
    String reuseaddr = "on";

    /** The settings these options describe; throws IllegalArgumentException saying what is wrong. */
    public LabSettings settings() {
        IpFamily family = IpFamily.fromNumber(ip).orElseThrow(() ->
                new IllegalArgumentException("--ip must be 4 or 6, not " + ip));
        Role chosen = Role.fromWord(role).orElseThrow(() ->
                new IllegalArgumentException("--role must be both, server or client, not '" + role + "'"));
        if (!reuseaddr.equals("on") && !reuseaddr.equals("off")) {
            throw new IllegalArgumentException("--reuseaddr must be on or off, not '" + reuseaddr + "'");
        }
        return new LabSettings(host == null ? family.loopback() : host, port, backlog, buffer,
                bind == null ? family.loopback() : bind, family, chosen, timeout, reuseaddr.equals("on"));
    }
}
