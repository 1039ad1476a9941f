package org.socketlab.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.socketlab.engine.LabSnapshot;
import picocli.CommandLine;

/** Entry point of the headless player: parses the options, runs the steps, never prints a stack trace. */
public final class PlayerMain {
    /** Exit code when the player itself failed unexpectedly. */
    static final int EXIT_FAILED = 1;

    private PlayerMain() {
    }

    /** Runs {@code play ARGS...}; returns the exit code. */
    public static int run(String[] args, PrintStream rawOut) {
        PrintStream out = new PrintStream(rawOut, true, StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(new PlayCommand(out));
        cli.setOut(new PrintWriter(out, true));
        cli.setParameterExceptionHandler((e, a) -> {
            refuse(out, "options", "bad option: " + e.getMessage() + "; nothing was run");
            return PlayCommand.EXIT_MALFORMED;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            refuse(out, "player", "the player failed: " + e);
            return EXIT_FAILED;
        });
        return cli.execute(args);
    }

    static void refuse(PrintStream out, String step, String message) {
        out.println(JsonLine.refused(step, message)
                .counters(LabSnapshot.EMPTY)
                .events(List.of())
                .text());
        out.flush();
    }
}
