package org.socketlab.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code socketlab play [--host H] [--port P] [--buffer N] STEP...} */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"Runs lab steps on real sockets and prints one JSON line per step.",
                "STEP: 1-7 (the seed dialog's steps), SOCKET.OP (client2.connect, worker1.receive, "
                        + "server.close...), SOCKET.send=TEXT, SOCKET.send#BYTES, or wait=MS."})
final class PlayCommand implements Callable<Integer> {
    static final int EXIT_MALFORMED = 2;

    private final PrintStream out;

    @Option(names = "--host", description = "Address clients connect to and the server listens on (default ${DEFAULT-VALUE}).")
    String host = LabSettings.DEFAULT_HOST;

    @Option(names = "--port", description = "Server port; 0 = the OS chooses (default ${DEFAULT-VALUE}).")
    int port = LabSettings.DEFAULT_PORT;

    @Option(names = "--buffer", description = "Bytes one Receive asks for (default ${DEFAULT-VALUE}).")
    int buffer = LabSettings.DEFAULT_RECEIVE_BUFFER;

    @Option(names = "--backlog", description = "Listen backlog (default ${DEFAULT-VALUE}).")
    int backlog = LabSettings.DEFAULT_BACKLOG;

    @Parameters(paramLabel = "STEP", arity = "0..*", description = "The steps, in order.")
    List<String> steps = new ArrayList<>();

    PlayCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        LabSettings settings;
        try {
            settings = new LabSettings(host, port, backlog, buffer);
        } catch (IllegalArgumentException e) {
            PlayerMain.refuse(out, "options", "bad option: " + e.getMessage() + "; nothing was run");
            return EXIT_MALFORMED;
        }
        try (Lab lab = Lab.start(settings)) {
            return new Player(lab, out).play(steps) ? 0 : EXIT_MALFORMED;
        }
    }
}
