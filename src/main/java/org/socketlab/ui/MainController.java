package org.socketlab.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
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
        settingsError.textProperty().bind(firstNonEmpty(s.hostErrorProperty(), s.portErrorProperty(),
                s.bufferErrorProperty(), s.payloadErrorProperty()));
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

    void runNumbered(int n) {
        model.runNumbered(n);
    }

    @FXML
    void zoomIn() {
        zoom.in();
    }

    @FXML
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
