package org.socketlab;

import org.socketlab.cli.PlayerMain;
import org.socketlab.ui.SocketLabApp;

/**
 * The jar's entry point: {@code play ...} runs the headless player; anything else opens the window.
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
        SocketLabApp.launch(SocketLabApp.class, args);
    }
}
