package org.socketlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import org.socketlab.engine.LabSettings;
import org.socketlab.lesson.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code socketlab [--role R] [--bind A] [--ip 4|6] ...}: the window's start-up options. Their help and
 * refusals are in {@code player.properties}, in the language {@code --lang} names, else the system's.
 */
@Command(name = "socketlab", mixinStandardHelpOptions = true, usageHelpWidth = 100)
public final class WindowOptions {
    @Mixin
    LabOptions lab = new LabOptions();

    @CommandLine.Option(names = "--lang", paramLabel = "en|ko")
    String lang;

    /** What the window starts with: its settings, and the language if {@code --lang} named one. */
    public record Start(LabSettings settings, Optional<String> language) {
    }

    /**
     * The settings the arguments ask for; empty when the program should stop (help was shown, or the
     * arguments were refused; the message went to {@code err}).
     */
    public static Optional<Start> parse(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0) {
            // Nothing to parse: the options' own defaults. Building picocli's model of the options (its
            // classes, the annotations read by reflection, the help texts) cost the window's start a few
            // hundred milliseconds for an answer known without it, and a window mostly starts this way.
            return Optional.of(new Start(new WindowOptions().lab.settings(), Optional.empty()));
        }
        WindowOptions options = new WindowOptions();
        PlayerTexts texts = new PlayerTexts(PlayerTexts.langArgument(args).flatMap(Language::of).orElse(Locale.getDefault()));
        CommandLine cli = new CommandLine(options);
        cli.setResourceBundle(texts.bundle());
        try {
            cli.parseArgs(args);
            if (cli.isUsageHelpRequested()) {
                cli.usage(out);
                return Optional.empty();
            }
            if (options.lang != null && Language.of(options.lang).isEmpty()) {
                throw new PlayerTexts.BadOption("option.lang", options.lang);
            }
            return Optional.of(new Start(options.lab.settings(), Optional.ofNullable(options.lang)));
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            err.println("socketlab: " + texts.problem(e));
            cli.usage(err);
            return Optional.empty();
        } finally {
            out.flush();
            err.flush();
        }
    }
}
