package org.socketlab.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.socketlab.engine.LabSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code socketlab [--role R] [--bind A] [--ip 4|6] ...}: the window's start-up options. */
@Command(name = "socketlab", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = {"Opens the SocketLab window. 'socketlab play ...' runs the headless player instead."})
public final class WindowOptions {
    @Mixin
    LabOptions lab = new LabOptions();

    /**
     * The settings the arguments ask for; empty when the program should stop (help was shown, or the
     * arguments were refused; the message went to {@code err}).
     */
    public static Optional<LabSettings> parse(String[] args, PrintWriter out, PrintWriter err) {
        WindowOptions options = new WindowOptions();
        CommandLine cli = new CommandLine(options);
        try {
            cli.parseArgs(args);
            if (cli.isUsageHelpRequested()) {
                cli.usage(out);
                return Optional.empty();
            }
            return Optional.of(options.lab.settings());
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            err.println("socketlab: " + e.getMessage());
            cli.usage(err);
            return Optional.empty();
        } finally {
            out.flush();
            err.flush();
        }
    }
}
