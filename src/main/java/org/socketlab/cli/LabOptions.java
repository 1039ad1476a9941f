package org.socketlab.cli;

import org.socketlab.engine.IpFamily;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Role;
import picocli.CommandLine.Option;

/** The lab's settings as command-line options, shared by the player and the window (help: {@code player.properties}). */
public final class LabOptions {
    @Option(names = "--host")
    String host;

    @Option(names = "--port")
    int port = LabSettings.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDR")
    String bind;

    @Option(names = "--ip", paramLabel = "4|6")
    int ip = 4;

    @Option(names = "--role", paramLabel = "both|server|client")
    String role = "both";

    @Option(names = "--timeout", paramLabel = "MS")
    int timeout = LabSettings.DEFAULT_CONNECT_TIMEOUT;

    @Option(names = "--buffer")
    int buffer = LabSettings.DEFAULT_RECEIVE_BUFFER;

    @Option(names = "--backlog")
    int backlog = LabSettings.DEFAULT_BACKLOG;

    @Option(names = "--reuseaddr", paramLabel = "on|off")
    String reuseaddr = "on";

    /**
     * The settings these options describe; throws IllegalArgumentException saying what is wrong (a
     * {@link PlayerTexts.BadOption} for a value picocli took but the lab cannot use).
     */
    public LabSettings settings() {
        IpFamily family = IpFamily.fromNumber(ip).orElseThrow(() -> new PlayerTexts.BadOption("option.ip", ip));
        Role chosen = Role.fromWord(role).orElseThrow(() -> new PlayerTexts.BadOption("option.role", role));
        if (!reuseaddr.equals("on") && !reuseaddr.equals("off")) {
            throw new PlayerTexts.BadOption("option.reuseaddr", reuseaddr);
        }
        return new LabSettings(host == null ? family.loopback() : host, port, backlog, buffer,
                bind == null ? family.loopback() : bind, family, chosen, timeout, reuseaddr.equals("on"));
    }
}
