package org.socketlab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.socketlab.engine.Lab;
import org.socketlab.ui.model.LabViewModel;

/** Assembles the window: loads the main view, connects the lab through the bridge, wires the keys. */
public final class MainWindow {
    public static final double WIDTH = 1600;
    public static final double HEIGHT = 1000;

    private final LabViewModel model;
    private final Parent root;
    private final MainController controller;

    private MainWindow(Lab lab) {
        model = new LabViewModel(lab, Texts.bundle(), new FxTicker());
        lab.addListener(new UiBridge(Platform::runLater, model::apply));
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/fxml/main-view.fxml"), Texts.bundle());
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the main view", e);
        }
        controller = loader.getController();
        controller.bind(model);
    }

    /** Builds the window for the lab on the given stage (on the FX thread) and shows it. */
    public static MainWindow show(Stage stage, Lab lab) {
        MainWindow window = new MainWindow(lab);
        Scene scene = new Scene(window.root, WIDTH, HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("/css/socketlab.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, window::onKey);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        stage.setTitle(Texts.bundle().getString("app.title"));
        stage.setScene(scene);
        stage.setOnHidden(e -> window.model.close());
        stage.show();
        window.controller.focusFirstStep();
        return window;
    }

    public LabViewModel model() {
        return model;
    }

    public Parent root() {
        return root;
    }

    MainController controller() {
        return controller;
    }

    private void onKey(KeyEvent key) {
        if (key.isShortcutDown()) {
            switch (key.getCode()) {
                case PLUS, EQUALS, ADD -> consume(key, controller::zoomIn);
                case MINUS, SUBTRACT -> consume(key, controller::zoomOut);
                case DIGIT0, NUMPAD0 -> consume(key, controller::zoomReset);
                default -> { }
            }
            return;
        }
        boolean typing = key.getTarget() instanceof TextInputControl;
        int step = stepNumber(key.getCode());
        if (!typing && !key.isAltDown() && step > 0) {
            consume(key, () -> controller.runNumbered(step));
        }
    }

    private static int stepNumber(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            case DIGIT6, NUMPAD6 -> 6;
            case DIGIT7, NUMPAD7 -> 7;
            default -> 0;
        };
    }

    private static void consume(Event event, Runnable action) {
        action.run();
        event.consume();
    }
}
