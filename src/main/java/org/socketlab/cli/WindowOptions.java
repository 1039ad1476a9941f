package org.socketlab.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.socketlab.engine.LabSettings;
import org.socketlab.lesson.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code socketlab [--role R] [--bind A] [--ip 4|6] ...}: the window's start-up options. */
@Command(name = "socketlab", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = {"Opens the SocketLab window. 'socketlab play ...' runs the headless player instead."})
public final class WindowOptions {
    @Mixin
    LabOptions lab = new LabOptions();

    @CommandLine.Option(names = "--lang", paramLabel = "en|ko",
            description = "The window's language (default: the Language menu's last choice, else the system's).")
    String lang;

    /** What the window starts with: its settings, and the language if {@code --lang} named one. */
    public record Start(LabSettings settings, Optional<String> language) {
    }

    /**
     * The settings the arguments ask for; empty when the program should stop (help was shown, or the
     * arguments were refused; the message went to {@code err}).
     */
    public static Optional<Start> parse(String[] args, PrintWriter out, PrintWriter err) {
        WindowOptions options = new WindowOptions();
        CommandLine cli = new CommandLine(options);
        try {
            cli.parseArgs(args);
            if (cli.isUsageHelpRequested()) {
                cli.usage(out);
                return Optional.empty();
            }
            if (options.lang != null && Language.of(options.lang).isEmpty()) {
                throw new IllegalArgumentException("--lang must be en or ko, not '" + options.lang + "'");
            }
            return Optional.of(new Start(options.lab.settings(), Optional.ofNullable(options.lang)));
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
