package org.socketlab.ui.window;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.socketlab.ui.diagram.DiagramViewModel;
import org.socketlab.ui.settings.SettingsViewModel;
import org.socketlab.ui.cards.StatusView;
import org.socketlab.ui.cards.SocketsController;
import org.socketlab.ui.code.CodeController;
import org.socketlab.ui.diagram.DiagramController;
import org.socketlab.ui.diagram.DiagramExport;
import org.socketlab.ui.kernel.KernelController;
import org.socketlab.ui.lesson.LessonBarController;
import org.socketlab.ui.lesson.LessonPaneController;
import org.socketlab.ui.log.EventLogController;
import org.socketlab.ui.narration.NarrationController;
import org.socketlab.ui.predict.PredictController;
import org.socketlab.ui.settings.NetworkController;
import org.socketlab.ui.settings.ToolbarController;

/**
 * Joins the feature views (each binds itself to its view model) and arranges the window: the side
 * panes (each tab built when first shown), the teaching area, presentation mode, density, zoom and theme as
 * style classes on the root.
 */
public final class MainController {
    @FXML
    private BorderPane root;
    @FXML
    private VBox topArea;
    @FXML
    private VBox mainArea;
    @FXML
    private VBox teachArea;
    @FXML
    private StackPane layers;
    @FXML
    private BorderPane work;
    @FXML
    private Node lessonBar;
    @FXML
    private ScrollPane sockets;
    @FXML
    private TabPane tabs;
    @FXML
    private StatusBar statusBar;
    @FXML
    private ToolbarController toolbarController;
    @FXML
    private NetworkController networkController;
    @FXML
    private SocketsController socketsController;
    @FXML
    private LessonBarController lessonBarController;
    @FXML
    private NarrationController narrationController;
    @FXML
    private PredictController predictController;
    @FXML
    private Tab lessonTab;
    @FXML
    private Tab codeTab;
    @FXML
    private Tab logTab;
    @FXML
    private Tab kernelTab;
    @FXML
    private Tab diagramTab;
    private LazyTab<EventLogController> eventLog;
    private LazyTab<DiagramController> diagram;
    private LayoutViewModel layout;

    private final Label settingsError = new Label();

    void bind(LabViewModel vm, LayoutViewModel layout) {
        this.layout = layout;
        toolbarController.bind(vm, layout);
        networkController.bind(vm.settings(), toolbarController.networkShownProperty()
                .and(layout.presentationProperty().not()));
        socketsController.bind(vm, layout.densityProperty(),
                Bindings.createDoubleBinding(layout::fontPx, layout.zoomPercentProperty()));
        lessonBarController.bind(vm);
        narrationController.bind(vm.narration(), vm.lesson());
        predictController.bind(vm.predict());
        Styles.toggle(teachArea, "predicting", predictController.shownProperty());
        toolbarController.bindPredict(vm.predict(), () -> {
            var lesson = vm.lesson().lessonProperty().get();
            return lesson == null ? "" : lesson.title();
        });
        // A lesson opens on its own tab; free play opens on the code.
        tabs.getSelectionModel().select(codeTab);
        vm.lesson().lessonProperty().addListener((o, was, now) -> {
            if (now != null && was == null) {
                tabs.getSelectionModel().select(lessonTab);
            }
        });
        ObservableValue<Boolean> shown = layout.sidePanesShownProperty();
        new LazyTab<LessonPaneController>(lessonTab, "lesson-pane.fxml", c -> c.bind(vm.lesson()))
                .buildWhenShown(shown);
        new LazyTab<CodeController>(codeTab, "code.fxml", c -> c.bind(vm.narration())).buildWhenShown(shown);
        eventLog = new LazyTab<EventLogController>(logTab, "log.fxml", c -> c.bind(vm.log()))
                .buildWhenShown(shown);
        new LazyTab<KernelController>(kernelTab, "kernel.fxml", c -> c.bind(vm.kernel())).buildWhenShown(shown);
        SidePane.arrange(tabs, work, layers, shown, layout.sidePanesOverProperty());
        bindStatusBar(vm);
        arrange(layout);
    }

    private void bindStatusBar(LabViewModel vm) {
        statusBar.setId("statusBar");
        statusBar.textProperty().bind(Bindings.createStringBinding(() -> {
            String step = vm.lastStepProperty().get();
            StatusView status = vm.lastStatusProperty().get();
            if (step.isEmpty()) {
                return Texts.bundle().getString("status.ready");
            }
            String mark = Styles.markOf(status.outcome());
            return step + "  —  " + (mark.isEmpty() ? "" : mark + " ") + status.headline();
        }, vm.lastStepProperty(), vm.lastStatusProperty()));
        Styles.follow(statusBar, "outcome-", vm.lastStatusProperty(), Styles::ofOutcome);
        settingsError.setId("settingsError");
        settingsError.getStyleClass().add("settings-error");
        settingsError.textProperty().bind(firstError(vm.settings()));
        Visibility.showWhen(settingsError, settingsError.textProperty().isNotEmpty());
        statusBar.getRightItems().add(settingsError);
        // What Save session, Export narration and Export predictions did: the file written, or why not.
        fileStatus("sessionStatus", vm.session().statusProperty(), vm.session().failedProperty());
        fileStatus("predictStatus", vm.predict().exportStatusProperty(), vm.predict().exportFailedProperty());
    }

    /** A status bar item that says what a File menu command did, red when it failed, hidden when empty. */
    private void fileStatus(String id, ObservableValue<String> said, ObservableValue<Boolean> failed) {
        Label status = new Label();
        status.setId(id);
        status.textProperty().bind(said);
        Styles.toggle(status, "settings-error", failed);
        Visibility.showWhen(status, status.textProperty().isNotEmpty());
        statusBar.getRightItems().add(status);
    }

    /** The first settings field that refuses its value, said in the status bar (the toolbar never grows). */
    private static ObservableValue<String> firstError(SettingsViewModel s) {
        ObservableValue<String>[] errors = new ObservableValue[] {s.hostErrorProperty(), s.portErrorProperty(),
            s.bufferErrorProperty(), s.payloadErrorProperty(), s.bindErrorProperty(), s.timeoutErrorProperty()};
        return Bindings.createStringBinding(() -> {
            for (ObservableValue<String> e : errors) {
                if (!e.getValue().isEmpty()) {
                    return e.getValue();
                }
            }
            return "";
        }, errors);
    }

    private void arrange(LayoutViewModel layout) {
        Runnable font = () -> root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;",
                layout.fontPx()));
        font.run();
        layout.zoomPercentProperty().addListener(o -> font.run());
        Styles.follow(root, "density-", layout.densityProperty(), d -> d.styleClass());
        Styles.follow(root, "theme-", layout.themeProperty(), t -> t.styleClass());
        Styles.toggle(root, "presentation", layout.presentationProperty());
        root.getStyleClass().addAll(Styles.systemAndLanguage());
        cardsFirst();
    }

    /**
     * The cards come first: under the lesson bar (which so stays put) they take the height they need, up to
     * what leaves the narration its few lines; the narration gets the rest and scrolls.
     */
    private void cardsFirst() {
        VBox.setVgrow(sockets, Priority.NEVER);
        var room = Bindings.createDoubleBinding(() -> Math.max(0, mainArea.getHeight()
                - lessonBar.prefHeight(mainArea.getWidth()) - teachArea.minHeight(-1)),
                mainArea.heightProperty(), lessonBar.layoutBoundsProperty(), teachArea.layoutBoundsProperty());
        // The work area asks for no height of its own: the window gives it what the toolbar and the status bar
        // leave, and the room above follows from that. A minimum made of the cards' own minimum (itself taken
        // from the area's height) would keep the area as tall as the cards once made it after the toolbar grew
        // (zooming in with a selected worker's card open) and push the status bar out of the window.
        for (Region r : List.of(layers, work, mainArea)) {
            r.setMinHeight(0);
        }
        var insets = Bindings.createDoubleBinding(() -> sockets.getInsets().getTop()
                + sockets.getInsets().getBottom(), sockets.insetsProperty());
        socketsController.board().roomProperty().bind(room.subtract(insets));
        sockets.minHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.min(room.get(),
                sockets.prefHeight(mainArea.getWidth())), room, socketsController.board().heightProperty()));
        // The board takes its new height while the main area is being laid out, and JavaFX drops a request to
        // lay out a parent that is laying out its children: without asking again after this pass (once, however
        // often the height changed in it), the cards kept the old height (a scroll bar over cards that fit)
        // until something else moved.
        Runnable layOutAgain = UiBridge.coalesced(UiBridge.FX, mainArea::requestLayout);
        socketsController.board().heightProperty().addListener((o, was, now) -> layOutAgain.run());
    }

    /**
     * Binds the Diagram tab to the session's sequence diagram, and the File menu to what it saves: the
     * diagram's PNG and SVG from the view model (whether or not the Diagram tab was ever built or shown), the
     * diagram window and the log from views built when the menu needs them (the log's view model holds the
     * whole log).
     */
    void bindDiagram(DiagramViewModel model) {
        diagram = new LazyTab<DiagramController>(diagramTab, "diagram.fxml", c -> c.bind(model))
                .buildWhenShown(layout.sidePanesShownProperty());
        DiagramExport export = new DiagramExport(model, () -> root.getScene().getWindow());
        toolbarController.bindFile(export::savePng, export::saveSvg,
                () -> diagramController().openWindow(), () -> eventLogController().saveLog(),
                () -> ((javafx.stage.Stage) root.getScene().getWindow()).close());
    }

    void bindLanguage(String current, java.util.function.Consumer<String> change) {
        toolbarController.bindLanguage(current, change);
    }

    /** The Diagram tab's controller, its view built now if it was never shown. */
    DiagramController diagramController() {
        return diagram.controller();
    }

    /** The Event log tab's controller, its view built now if it was never shown. */
    EventLogController eventLogController() {
        return eventLog.controller();
    }

    /** Puts the keyboard focus on step 1, so keys 1–7 work at once (not in a text field). */
    void focusFirstStep() {
        socketsController.focusFirstStep();
    }
}
