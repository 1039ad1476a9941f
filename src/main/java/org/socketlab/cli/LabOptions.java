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
        // LabSettings checks these too, in English; checked here first, they are said in the run's language.
        within("option.port", port, 0, 65535);
        within("option.backlog", backlog, 1, 65535);
        within("option.buffer", buffer, 1, LabSettings.MAX_RECEIVE_BUFFER);
        within("option.timeout", timeout, 1, LabSettings.MAX_CONNECT_TIMEOUT);
        address("--host", host);
        address("--bind", bind);
        return new LabSettings(host == null ? family.loopback() : host, port, backlog, buffer,
                bind == null ? family.loopback() : bind, family, chosen, timeout, reuseaddr.equals("on"));
    }

    private static void within(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new PlayerTexts.BadOption(key, Integer.toString(value), Integer.toString(max));
        }
    }

    private static void address(String option, String value) {
        if (value != null && LabSettings.addressProblem(option, value).isPresent()) {
            throw new PlayerTexts.BadOption("option.address", option, value);
        }
    }
}
