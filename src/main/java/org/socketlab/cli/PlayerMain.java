package org.socketlab.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.socketlab.engine.LabResources;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.lesson.Language;
import picocli.CommandLine;

/**
 * Entry point of the headless player: parses the options, runs the steps, never prints a stack trace.
 * Everything it writes for people speaks {@code --lang} (else the system's language), from the first
 * refusal of a bad option to the help.
 */
public final class PlayerMain {
    /** Exit code when the player itself failed unexpectedly. */
    static final int EXIT_FAILED = 1;

    private PlayerMain() {
    }

    /** Runs {@code play ARGS...}; returns the exit code. */
    public static int run(String[] args, PrintStream rawOut) {
        return run(args, rawOut, LabResources.SYSTEM);
    }

    /** Runs {@code play ARGS...} on what {@code os} gives the lab (tests stand in for a locked-down PC). */
    static int run(String[] args, PrintStream rawOut, LabResources os) {
        PrintStream out = new PrintStream(rawOut, true, StandardCharsets.UTF_8);
        Locale before = Locale.getDefault();
        // Chosen before the options are parsed, so that a refusal of a bad option and the help speak it too.
        PlayerTexts.langArgument(args).flatMap(Language::of).ifPresent(Locale::setDefault);
        try {
            PlayerTexts texts = new PlayerTexts(Locale.getDefault());
            CommandLine cli = new CommandLine(new PlayCommand(out, texts, os));
            cli.setResourceBundle(texts.bundle());
            cli.setOut(new PrintWriter(out, true));
            cli.setParameterExceptionHandler((e, a) -> {
                refuse(out, "options", texts.text("refused.option", texts.problem(e)));
                return PlayCommand.EXIT_MALFORMED;
            });
            cli.setExecutionExceptionHandler((e, command, parsed) -> {
                refuse(out, "player", texts.text("refused.failed", e));
                return EXIT_FAILED;
            });
            return cli.execute(args);
        } finally {
            Locale.setDefault(before);
        }
    }

    static void refuse(PrintStream out, String step, String message) {
        out.println(JsonLine.refused(step, message)
                .counters(LabSnapshot.EMPTY)
                .events(List.of())
                .text());
        out.flush();
    }
}
