package org.socketlab;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import org.socketlab.cli.PlayerMain;
import org.socketlab.cli.WindowOptions;
import java.util.Locale;
import org.socketlab.ui.window.LanguageChoice;
import org.socketlab.ui.window.SocketLabApp;

/**
 * The jar's entry point: {@code play ...} runs the headless player; otherwise the window opens, with
 * the same network options ({@code --role}, {@code --bind}, {@code --ip}, ...), in a JVM with the window's
 * options ({@link WindowJvm}).
 * (It does not extend Application, so the plain classpath jar can start JavaFX.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("play")) {
            String[] rest = new String[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            System.exit(PlayerMain.run(rest, System.out));
        }
        // the window's JVM reads the options itself: its answer and exit code become this JVM's
        OptionalInt windowJvm = WindowJvm.relaunch(Launcher.class.getName(), Arrays.asList(args));
        if (windowJvm.isPresent()) {
            System.exit(windowJvm.getAsInt());
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Optional<WindowOptions.Start> start = WindowOptions.parse(args, out, err);
        if (start.isEmpty()) {
            System.exit(Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h") ? 0 : 2);
        }
        // the language (the option, or the one chosen last time) is read beside JavaFX's start too
        SocketLabApp.startWith(start.get().settings(),
                () -> Locale.setDefault(LanguageChoice.atStart(start.get().language())));
        SocketLabApp.launch(SocketLabApp.class);
    }
}
