package org.socketlab.ui.window;

import java.util.concurrent.Executor;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.socketlab.engine.Outcome;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.socketlab.engine.Lab;
import org.socketlab.diagram.DiagramRecorder;
import org.socketlab.kernel.KernelReader;
import org.socketlab.kernel.KernelSampler;
import org.socketlab.ui.diagram.DiagramViewModel;

/** Assembles the window: loads the main view, connects the lab through the bridge, places it, wires the keys. */
public final class MainWindow {
    /** The palette first, so the shapes and sizes can use its colours. */
    public static final String[] STYLESHEETS = {"/css/palette.css", "/css/socketlab.css", "/css/teach.css", "/css/connections.css",
        "/css/kernel.css", "/css/diagram.css", "/css/predict.css", "/css/fonts.css"};
    private final LabViewModel model;
    private final LayoutViewModel layout = new LayoutViewModel();
    private final Parent root;
    private final MainController controller;
    private final UiBridge bridge;

    private final KernelSampler kernel = new KernelSampler(KernelReader.system());
    private final DiagramRecorder recorder = new DiagramRecorder();
    private final DiagramViewModel diagram = new DiagramViewModel(recorder, Texts.bundle());

    /** The window's view, arranged for the size it is placed at from the start: what that hides is not built. */
    private MainWindow(Lab lab, double width, double height, Executor fxThread) {
        layout.resize(width, height);
        model = new LabViewModel(lab, Texts.bundle(), new FxTicker());
        bridge = new UiBridge(fxThread, model::apply);
        model.paceWhile(() -> !bridge.idle());
        lab.addListener(bridge);
        kernel.addListener(UiBridge.newestOnly(fxThread, model.kernel()::apply));
        // The recorder hears the lab before the sampler does; its signals become one redraw per pulse.
        lab.addListener(recorder);
        kernel.addListener(recorder);
        lab.addListener(kernel);
        recorder.onChange(UiBridge.coalesced(fxThread, diagram::refresh));
        FxmlView<MainController> view = FxmlView.load("window.fxml");
        root = view.root();
        controller = view.controller();
        controller.bind(model, layout);
        controller.bindDiagram(diagram);
    }

    /** Builds the window for the lab on the given stage (on the FX thread) and shows it. */
    public static MainWindow show(Stage stage, Lab lab) {
        return show(stage, lab, WindowPlacement.forUser());
    }

    /**
     * As {@link #show(Stage, Lab)}, with what the lab and the kernel sampler hand to the FX thread run by
     * {@code fxThread}, which must run it on the FX thread (the class benchmark times each hand-over so).
     */
    public static MainWindow show(Stage stage, Lab lab, Executor fxThread) {
        return show(stage, lab, WindowPlacement.forUser(), fxThread);
    }

    static MainWindow show(Stage stage, Lab lab, WindowPlacement placement) {
        return show(stage, lab, placement, UiBridge.FX);
    }

    private static MainWindow show(Stage stage, Lab lab, WindowPlacement placement, Executor fxThread) {
        placement.apply(stage);
        MainWindow window = new MainWindow(lab, stage.getWidth(), stage.getHeight(), fxThread);
        Scene scene = new Scene(window.root, stage.getWidth(), stage.getHeight());
        for (String sheet : STYLESHEETS) {
            scene.getStylesheets().add(MainWindow.class.getResource(sheet).toExternalForm());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, window::onKey);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        window.followSize(scene);
        window.followFullScreen(stage);
        stage.setTitle(Texts.bundle().getString("app.title"));
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setOnHidden(e -> window.dispose());
        stage.show();
        window.controller.focusFirstStep();
        HeapFootprint.keepSmall();
        return window;
    }

    private void followSize(Scene scene) {
        Runnable measure = () -> layout.resize(scene.getWidth(), scene.getHeight());
        scene.widthProperty().addListener(o -> measure.run());
        scene.heightProperty().addListener(o -> measure.run());
        measure.run();
    }

    /** The stage follows the layout's full-screen choice; leaving full screen by Esc is reported back. */
    private void followFullScreen(Stage stage) {
        layout.fullScreenProperty().addListener((o, was, now) -> {
            if (stage.isFullScreen() != now) {
                stage.setFullScreen(now);
            }
        });
        stage.fullScreenProperty().addListener((o, was, now) -> layout.fullScreenProperty().set(now));
    }

    /** Stops the kernel sampler and closes every socket of this window's lab. */
    void dispose() {
        kernel.close();
        model.close();
    }

    /** Wires the Language menu: {@code current} is shown chosen; another choice goes to {@code change}. */
    void onLanguage(String current, java.util.function.Consumer<String> change) {
        controller.bindLanguage(current, change);
    }

    /** Whether the window has applied every update its lab published so far (ask on the FX thread). */
    public boolean caughtUp() {
        return bridge.idle();
    }

    public LabViewModel model() {
        return model;
    }

    public DiagramViewModel diagram() {
        return diagram;
    }

    public LayoutViewModel layout() {
        return layout;
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
                case PLUS, EQUALS, ADD -> consume(key, layout::zoomIn);
                case MINUS, SUBTRACT -> consume(key, layout::zoomOut);
                case DIGIT0, NUMPAD0 -> consume(key, layout::zoomReset);
                default -> { }
            }
            return;
        }
        switch (key.getCode()) {
            case F5 -> consume(key, layout::togglePresentation);
            case F6 -> consume(key, () -> model.predict().onProperty().set(!model.predict().onProperty().get()));
            case F9 -> consume(key, layout::toggleSidePanes);
            case F11 -> consume(key, layout::toggleFullScreen);
            case ESCAPE -> {
                if (layout.presentationProperty().get()) {
                    consume(key, layout::togglePresentation);
                } else if (layout.closeSidePanesOver()) {
                    key.consume(); // the side pane drawn over the cards is closed
                }
            }
            default -> runStepKey(key);
        }
    }

    private void runStepKey(KeyEvent key) {
        boolean typing = key.getTarget() instanceof TextInputControl;
        Outcome answer = answerOf(key.getCode());
        if (!typing && !key.isAltDown() && answer != null && model.predict().askingProperty().get()) {
            consume(key, () -> model.predict().answer(answer));
            return;
        }
        int step = stepNumber(key.getCode());
        if (!typing && !key.isAltDown() && step > 0) {
            consume(key, () -> model.runNumbered(step));
        }
    }

    /** Predict mode's answer keys: O = OK, W = would block, E = error. */
    private static Outcome answerOf(KeyCode code) {
        return switch (code) {
            case O -> Outcome.OK;
            case W -> Outcome.WOULD_BLOCK;
            case E -> Outcome.ERROR;
            default -> null;
        };
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
