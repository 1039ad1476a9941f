package org.socketlab.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of {@link IdleWakeupsBenchmark}: a bare JavaFX window of a given size holding one Label,
 * started with the same JVM flags as the SocketLab window. Arguments: width and height.
 * (The main class does not extend Application, so a plain class path starts JavaFX, as the jar's does.)
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            var size = getParameters().getRaw();
            double width = size.isEmpty() ? 1366 : Double.parseDouble(size.get(0));
            double height = size.size() < 2 ? 768 : Double.parseDouble(size.get(1));
            stage.setTitle("Bare JavaFX window");
            stage.setScene(new Scene(new StackPane(new Label("A bare JavaFX window: one Label")), width, height));
            stage.show();
            ControlLine.start(stage, command -> "unknown " + command);
        }
    }
}
