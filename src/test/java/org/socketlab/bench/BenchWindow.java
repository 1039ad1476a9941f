package org.socketlab.bench;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import javafx.application.Application;
import javafx.stage.Stage;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Operation;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepLanguage;
import org.socketlab.engine.StepSyntaxException;
import org.socketlab.ui.window.MainWindow;
import org.socketlab.ui.cards.SocketViewModel;

/**
 * The SocketLab window as {@code SocketLabApp} opens it (a {@link Lab}, then {@link MainWindow#show}, which
 * also starts the kernel sampler), driven through its view model by {@link ControlLine} commands:
 * {@code step N} runs numbered step N as its key does, {@code close client1} / {@code close worker1}
 * clicks that card's Close, {@code run STEP} runs a step of the player's language (e.g. {@code run
 * client2.init}) through the view model as a lesson does; each answers once the lab has gone quiet and the
 * FX thread has caught up.
 * The lab listens on an OS-chosen loopback port, so runs never meet a port another program holds.
 */
public final class BenchWindow {
    private static final Duration QUIET = Duration.ofMillis(200);
    private static final Duration BOUND = Duration.ofSeconds(10);

    private BenchWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        private Lab lab;

        @Override
        public void start(Stage stage) {
            lab = Lab.start(new LabSettings(LabSettings.DEFAULT_HOST, 0, LabSettings.DEFAULT_BACKLOG,
                    LabSettings.DEFAULT_RECEIVE_BUFFER));
            MainWindow window = MainWindow.show(stage, lab);
            ControlLine.start(stage, commands(window));
        }

        private Function<String, String> commands(MainWindow window) {
            return command -> {
                String[] words = command.split(" ");
                Runnable click = switch (words[0]) {
                    case "step" -> () -> window.model().runNumbered(Integer.parseInt(words[1]));
                    case "close" -> () -> card(window, words[1]).perform(Operation.CLOSE);
                    case "run" -> {
                        Step step = action(words[words.length - 1]); // parsed here, not on the FX thread
                        yield () -> window.model().submit(step);
                    }
                    default -> null;
                };
                if (click == null || words.length != 2) {
                    return "unknown " + command;
                }
                ControlLine.onFx(() -> {
                    click.run();
                    return null;
                });
                boolean quiet = lab.awaitQuiet(QUIET, BOUND);
                ControlLine.onFx(() -> null);
                return (quiet ? "ok " : "not quiet ") + command;
            };
        }

        private static Step action(String text) {
            try {
                return ((ScriptStep.Action) StepLanguage.parse(text)).step();
            } catch (StepSyntaxException | ClassCastException e) {
                throw new IllegalArgumentException("not an action: " + text, e);
            }
        }

        private static SocketViewModel card(MainWindow window, String name) {
            List<SocketViewModel> cards = name.startsWith("client") ? window.model().clients()
                    : window.model().workers();
            return cards.stream().filter(c -> c.name().toString().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no card " + name));
        }

        @Override
        public void stop() {
            if (lab != null) {
                lab.close();
            }
        }
    }
}
