package org.socketlab.ui;

import java.util.HashMap;
import java.util.Map;
import java.io.File;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;
import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import org.socketlab.engine.IpFamily;
import org.socketlab.engine.Role;
import org.socketlab.engine.ScriptStep;
import org.socketlab.lesson.Lesson;
import org.socketlab.lesson.Lessons;
import org.socketlab.ui.model.CodeSnippet;
import org.socketlab.ui.model.LessonViewModel;
import org.socketlab.ui.model.NarrationViewModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.ToggleSwitch;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.socketlab.ui.model.LabViewModel;
import org.socketlab.ui.model.LogEntry;
import org.socketlab.ui.model.PayloadMode;
import org.socketlab.ui.model.SettingsViewModel;
import org.socketlab.ui.model.SocketViewModel;

/** Binds the main view to the lab's view model and forwards the toolbar's actions. */
public final class MainController {
    @FXML
    private BorderPane root;
    @FXML
    private TextField hostField;
    @FXML
    private TextField portField;
    @FXML
    private TextField bufferField;
    @FXML
    private SegmentedButton payloadModes;
    @FXML
    private ToggleButton payloadTime;
    @FXML
    private TextField payloadField;
    @FXML
    private TextField bulkField;
    @FXML
    private Label clientCount;
    @FXML
    private Label settingsError;
    @FXML
    private VBox serverColumn;
    @FXML
    private Label noWorkers;
    @FXML
    private VBox workersBox;
    @FXML
    private VBox clientsBox;
    @FXML
    private TableView<LogEntry> logTable;
    @FXML
    private TableColumn<LogEntry, String> logTime;
    @FXML
    private TableColumn<LogEntry, String> logSocket;
    @FXML
    private TableColumn<LogEntry, String> logWhat;
    @FXML
    private TableColumn<LogEntry, String> logThread;
    @FXML
    private StatusBar statusBar;
    @FXML
    private ToggleSwitch selectorView;
    @FXML
    private ComboBox<String> lessonChoice;
    @FXML
    private Button restartLesson;
    @FXML
    private Button playLesson;
    @FXML
    private Button stepLesson;
    @FXML
    private Slider speed;
    @FXML
    private SegmentedButton lessonModes;
    @FXML
    private ToggleButton guidedMode;
    @FXML
    private ToggleButton freeMode;
    @FXML
    private Label lessonProgress;
    @FXML
    private Label lessonError;
    @FXML
    private Label narrationHeading;
    @FXML
    private Label narrationLesson;
    @FXML
    private Label narrationText;
    @FXML
    private VBox narrationEvents;
    @FXML
    private Label lessonPromises;
    @FXML
    private VBox codeBox;
    @FXML
    private MenuButton roleMenu;
    @FXML
    private RadioMenuItem roleBoth;
    @FXML
    private RadioMenuItem roleServer;
    @FXML
    private RadioMenuItem roleClient;
    @FXML
    private ToggleButton networkToggle;
    @FXML
    private FlowPane networkBar;
    @FXML
    private TextField bindField;
    @FXML
    private SegmentedButton familyModes;
    @FXML
    private ToggleButton familyV4;
    @FXML
    private ToggleButton familyV6;
    @FXML
    private TextField timeoutField;
    @FXML
    private Label localAddresses;
    @FXML
    private Label networkWarning;
    @FXML
    private VBox workerColumn;
    @FXML
    private VBox clientColumn;

    private LabViewModel model;
    private Zoom zoom;
    private final Map<SocketViewModel, Node> panels = new HashMap<>();

    void bind(LabViewModel vm) {
        this.model = vm;
        this.zoom = new Zoom(root);
        bindSettings(vm.settings());
        serverColumn.getChildren().add(PanelFactory.panelFor(vm.server()));
        showPanels(vm.workers(), workersBox);
        showPanels(vm.clients(), clientsBox);
        noWorkers.visibleProperty().bind(Bindings.isEmpty(vm.workers()));
        noWorkers.managedProperty().bind(noWorkers.visibleProperty());
        clientCount.textProperty().bind(Bindings.createStringBinding(
                () -> Texts.format("status.clients", vm.connectedClientsProperty().get()),
                vm.connectedClientsProperty()));
        bindLog();
        bindNetwork(vm);
        bindLesson(vm.lesson());
        bindNarration(vm.narration());
        bindSelectorView();
        statusBar.textProperty().bind(Bindings.createStringBinding(() -> {
            String step = vm.lastStepProperty().get();
            return step.isEmpty() ? Texts.bundle().getString("status.ready")
                    : step + "  —  " + vm.lastStatusProperty().get().headline();
        }, vm.lastStepProperty(), vm.lastStatusProperty()));
        vm.lastStatusProperty().addListener((o, was, now) -> StyleClasses.swap(statusBar, "outcome-", now.styleClass()));
    }

    private void bindSettings(SettingsViewModel s) {
        hostField.textProperty().bindBidirectional(s.hostProperty());
        portField.textProperty().bindBidirectional(s.portProperty());
        bufferField.textProperty().bindBidirectional(s.bufferProperty());
        payloadField.textProperty().bindBidirectional(s.payloadTextProperty());
        bulkField.textProperty().bindBidirectional(s.bulkSizeProperty());
        payloadModes.getToggleGroup().selectToggle(payloadTime);
        payloadModes.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one mode is always chosen
            } else {
                s.payloadModeProperty().set(PayloadMode.valueOf((String) now.getUserData()));
            }
        });
        payloadField.visibleProperty().bind(s.payloadModeProperty().isEqualTo(PayloadMode.TEXT));
        payloadField.managedProperty().bind(payloadField.visibleProperty());
        bulkField.visibleProperty().bind(s.payloadModeProperty().isEqualTo(PayloadMode.BULK));
        bulkField.managedProperty().bind(bulkField.visibleProperty());

        ValidationSupport validation = new ValidationSupport();
        refuseWhen(validation, hostField, s.hostErrorProperty());
        refuseWhen(validation, portField, s.portErrorProperty());
        refuseWhen(validation, bufferField, s.bufferErrorProperty());
        refuseWhen(validation, payloadField, s.payloadErrorProperty());
        refuseWhen(validation, bulkField, s.payloadErrorProperty());
        refuseWhen(validation, bindField, s.bindErrorProperty());
        refuseWhen(validation, timeoutField, s.timeoutErrorProperty());
        settingsError.textProperty().bind(firstNonEmpty(s.hostErrorProperty(), s.portErrorProperty(),
                s.bufferErrorProperty(), s.payloadErrorProperty(), s.bindErrorProperty(), s.timeoutErrorProperty()));
        settingsError.visibleProperty().bind(settingsError.textProperty().isNotEmpty());
        settingsError.managedProperty().bind(settingsError.visibleProperty());
    }

    private static void refuseWhen(ValidationSupport validation, TextField field, ReadOnlyStringProperty error) {
        Validator<String> validator = (control, value) ->
                ValidationResult.fromErrorIf(control, error.get(), !error.get().isEmpty());
        validation.registerValidator(field, false, validator);
    }

    @SafeVarargs
    private static ObservableValue<String> firstNonEmpty(ObservableValue<String>... errors) {
        return Bindings.createStringBinding(() -> {
            for (ObservableValue<String> e : errors) {
                if (!e.getValue().isEmpty()) {
                    return e.getValue();
                }
            }
            return "";
        }, errors);
    }

    private void showPanels(ObservableList<SocketViewModel> models, VBox box) {
        Runnable refresh = () -> {
            panels.keySet().removeIf(vm -> !model.workers().contains(vm) && !model.clients().contains(vm));
            box.getChildren().setAll(models.stream().map(vm -> panels.computeIfAbsent(vm, PanelFactory::panelFor))
                    .toList());
        };
        models.addListener((ListChangeListener<SocketViewModel>) c -> refresh.run());
        refresh.run();
    }

    private void bindLog() {
        logTable.setItems(model.log().entries());
        logTime.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().time()));
        logSocket.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().socket()));
        logWhat.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().what()));
        logThread.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().thread()));
        model.log().entries().addListener((ListChangeListener<LogEntry>) c ->
                logTable.scrollTo(logTable.getItems().size() - 1));
    }

    /** Puts the keyboard focus on step 1, so keys 1–7 work at once (not in a text field). */
    void focusFirstStep() {
        root.lookup("#panel-server #op-init").requestFocus();
    }

    private void bindNetwork(LabViewModel vm) {
        SettingsViewModel s = vm.settings();
        ToggleGroup roles = new ToggleGroup();
        for (RadioMenuItem item : List.of(roleBoth, roleServer, roleClient)) {
            item.setToggleGroup(roles);
            item.setSelected(item.getUserData().equals(s.roleProperty().get().name()));
        }
        roles.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                s.roleProperty().set(Role.valueOf((String) now.getUserData()));
            }
        });
        roleMenu.textProperty().bind(Bindings.createStringBinding(() -> Texts.bundle().getString("role.menu") + ": "
                + Texts.bundle().getString("role." + s.roleProperty().get().word()), s.roleProperty()));
        showWhen(serverColumn, vm.serverSideProperty());
        showWhen(workerColumn, vm.serverSideProperty());
        showWhen(clientColumn, vm.clientSideProperty());
        showWhen(networkBar, networkToggle.selectedProperty());
        bindField.textProperty().bindBidirectional(s.bindProperty());
        timeoutField.textProperty().bindBidirectional(s.timeoutProperty());
        familyModes.getToggleGroup().selectToggle(s.familyProperty().get() == IpFamily.V4 ? familyV4 : familyV6);
        familyModes.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                s.familyProperty().set(IpFamily.valueOf((String) now.getUserData()));
            }
        });
        localAddresses.textProperty().bind(Bindings.createStringBinding(() ->
                s.localAddressesProperty().get().isEmpty() ? Texts.bundle().getString("network.addresses.none")
                        : Texts.format("network.addresses", s.localAddressesProperty().get()),
                s.localAddressesProperty()));
        showWhen(networkWarning, s.allInterfacesProperty());
    }

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static final String FREE_PLAY = "";

    private void bindLesson(LessonViewModel lesson) {
        lessonChoice.getItems().add(FREE_PLAY);
        lessonChoice.getItems().addAll(Lessons.names());
        lessonChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                if (name == null || name.equals(FREE_PLAY)) {
                    return Texts.bundle().getString("lesson.free");
                }
                return Lessons.builtIn(name).map(Lesson::title).orElse(name);
            }

            @Override
            public String fromString(String title) {
                return title;
            }
        });
        lessonChoice.setValue(FREE_PLAY);
        lessonChoice.valueProperty().addListener((o, was, now) -> {
            if (now == null || now.equals(shippedNameOf(lesson.lessonProperty().get()))) {
                return; // showing what is already open
            }
            if (now.equals(FREE_PLAY)) {
                model.leaveLesson();
            } else {
                lesson.openShipped(now);
            }
        });
        // However a lesson was opened (chooser, file, a test), the chooser shows it.
        lesson.lessonProperty().addListener((o, was, now) -> {
            String name = shippedNameOf(now);
            lessonChoice.setPromptText(now == null ? "" : now.title());
            lessonChoice.setValue(name);
        });
        BooleanBinding noLesson = lesson.lessonProperty().isNull();
        BooleanBinding nothingNext = lesson.nextProperty().isNull();
        restartLesson.disableProperty().bind(noLesson);
        playLesson.disableProperty().bind(nothingNext);
        stepLesson.disableProperty().bind(nothingNext.or(lesson.playingProperty()));
        playLesson.textProperty().bind(Bindings.when(lesson.playingProperty())
                .then(Texts.bundle().getString("lesson.pause")).otherwise(Texts.bundle().getString("lesson.play")));
        speed.setMin(LessonViewModel.MIN_SECONDS);
        speed.setMax(LessonViewModel.MAX_SECONDS);
        speed.valueProperty().bindBidirectional(lesson.secondsPerStepProperty());
        lessonModes.getToggleGroup().selectToggle(lesson.guidedProperty().get() ? guidedMode : freeMode);
        lessonModes.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                lesson.guidedProperty().set(now == guidedMode);
            }
        });
        lessonProgress.textProperty().bind(Bindings.createStringBinding(() -> {
            if (lesson.lessonProperty().get() == null) {
                return "";
            }
            ScriptStep next = lesson.nextProperty().get();
            String after = next == null ? Texts.bundle().getString("lesson.done")
                    : Texts.format("lesson.next", next.text());
            return lesson.progressProperty().get() + " · " + after;
        }, lesson.lessonProperty(), lesson.nextProperty(), lesson.progressProperty()));
        lessonError.textProperty().bind(lesson.errorProperty());
        lessonError.visibleProperty().bind(lesson.errorProperty().isNotEmpty());
        lessonError.managedProperty().bind(lessonError.visibleProperty());
        lessonPromises.textProperty().bind(lesson.promisesProperty());
        lesson.promisesProperty().addListener((o, was, now) -> StyleClasses.swap(lessonPromises, "promises-",
                now.equals(Texts.bundle().getString("lesson.promises.held")) ? "promises-held" : "promises-broken"));
    }

    private void bindNarration(NarrationViewModel narration) {
        narrationHeading.textProperty().bind(narration.headingProperty());
        narrationLesson.textProperty().bind(narration.lessonTextProperty());
        narrationLesson.visibleProperty().bind(narration.lessonTextProperty().isNotEmpty());
        narrationLesson.managedProperty().bind(narrationLesson.visibleProperty());
        narrationText.textProperty().bind(Bindings.createStringBinding(() ->
                narration.headingProperty().get().isEmpty() ? Texts.bundle().getString("narration.empty")
                        : narration.explanationProperty().get(),
                narration.headingProperty(), narration.explanationProperty()));
        narration.events().addListener((ListChangeListener<String>) c -> narrationEvents.getChildren().setAll(
                narration.events().stream().map(text -> styled(new Label("• " + text), "narration-event")).toList()));
        narration.code().addListener((ListChangeListener<CodeSnippet>) c -> {
            codeBox.getChildren().clear();
            for (CodeSnippet snippet : narration.code()) {
                codeBox.getChildren().add(styled(new Label(snippet.language()), "code-language"));
                codeBox.getChildren().add(styled(new Label(snippet.code()), "code"));
            }
        });
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    /** While the switch is on, each panel shows what the selector sees, refreshed every second. */
    private void bindSelectorView() {
        Timeline refresh = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.refreshSelectorView()));
        refresh.setCycleCount(Animation.INDEFINITE);
        selectorView.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                model.refreshSelectorView();
                refresh.play();
            } else {
                refresh.stop();
                model.hideSelectorView();
            }
        });
    }

    /** The shipped lesson's name if {@code lesson} is one, FREE_PLAY for none, null for a file's lesson. */
    private static String shippedNameOf(Lesson lesson) {
        if (lesson == null) {
            return FREE_PLAY;
        }
        return Lessons.names().stream()
                .filter(n -> Lessons.builtIn(n).map(l -> l.equals(lesson)).orElse(false))
                .findFirst().orElse(null);
    }

    @FXML
    private void openLesson() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.bundle().getString("lesson.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Texts.bundle().getString("lesson.open.filter"), "*.lesson", "*.txt"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            model.lesson().openFile(file.toPath());
        }
    }

    @FXML
    private void restartLesson() {
        model.lesson().restart();
    }

    @FXML
    private void playOrPause() {
        if (model.lesson().playingProperty().get()) {
            model.lesson().pause();
        } else {
            model.lesson().play();
        }
    }

    @FXML
    private void stepLesson() {
        model.lesson().step();
    }

    void runNumbered(int n) {
        model.runNumbered(n);
    }

    void zoomIn() {
        zoom.in();
    }

    void zoomOut() {
        zoom.out();
    }

    void zoomReset() {
        zoom.reset();
    }

    @FXML
    private void addClient() {
        model.addClient();
    }

    @FXML
    private void broadcast() {
        model.broadcast();
    }

    @FXML
    private void reset() {
        model.reset();
    }

    @FXML
    private void copyLog() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.log().asText());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
