package org.socketlab.ui.settings;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import org.socketlab.ui.predict.PredictExport;
import org.socketlab.ui.predict.PredictViewModel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.socketlab.engine.Role;
import org.socketlab.ui.window.LabViewModel;
import org.socketlab.ui.window.LayoutViewModel;
import org.socketlab.ui.cards.SelectorRefresh;
import org.socketlab.ui.window.Confirmation;
import org.socketlab.ui.window.MainController;
import org.socketlab.ui.window.Texts;
import org.socketlab.ui.window.Toggles;
import org.socketlab.ui.window.Visibility;

/** Binds the toolbar: role, host, port, buffer and payload settings, the lab's actions and the View menu. */
public final class ToolbarController {
    @FXML
    private MenuButton fileMenu;
    @FXML
    private MenuItem fileSaveDiagramPng;
    @FXML
    private MenuItem fileSaveDiagramSvg;
    @FXML
    private MenuItem fileDiagramWindow;
    @FXML
    private MenuItem fileSaveLog;
    @FXML
    private MenuItem fileSaveSession;
    @FXML
    private MenuItem fileExportNarration;
    @FXML
    private MenuItem fileExportPredictions;
    @FXML
    private MenuItem fileExportPredictionsCsv;
    @FXML
    private CheckMenuItem predictItem;
    @FXML
    private MenuItem fileQuit;
    @FXML
    private ToolBar bar;
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
    private TextField hostField;
    @FXML
    private TextField portField;
    @FXML
    private Label chosenPort;
    @FXML
    private TextField bufferField;
    @FXML
    private Separator sendsSeparator;
    @FXML
    private Label sendsLabel;
    @FXML
    private SegmentedButton payloadModes;
    @FXML
    private ToggleButton payloadTime;
    @FXML
    private TextField payloadField;
    @FXML
    private TextField bulkField;
    @FXML
    private Button addClient;
    @FXML
    private Button broadcast;
    @FXML
    private Button receiveAll;
    @FXML
    private Button closeDeparted;
    @FXML
    private Label connectionCount;
    @FXML
    private RadioMenuItem themeLight;
    @FXML
    private RadioMenuItem themeDark;
    @FXML
    private RadioMenuItem themeContrast;
    @FXML
    private CheckMenuItem presentationItem;
    @FXML
    private CheckMenuItem fullScreenItem;
    @FXML
    private CheckMenuItem sidePanesItem;
    @FXML
    private CheckMenuItem selectorView;
    @FXML
    private Button zoomLabel;
    @FXML
    private Button presentationButton;
    @FXML
    private RadioMenuItem languageEn;
    @FXML
    private RadioMenuItem languageKo;

    private LabViewModel model;
    private LayoutViewModel layout;

    public void bind(LabViewModel vm, LayoutViewModel view) {
        this.model = vm;
        this.layout = view;
        SettingsViewModel s = vm.settings();
        bindRole(s);
        bindSettings(s);
        SessionMenu.bind(fileSaveSession, fileExportNarration, vm.session(), () -> bar.getScene().getWindow());
        connectionCount.textProperty().bind(Bindings.createStringBinding(
                () -> Texts.format("status.connections", vm.connectionsProperty().get()),
                vm.connectionsProperty()));
        Visibility.showWhen(addClient, vm.canAddClient());
        Visibility.showWhen(broadcast, vm.classActions().canBroadcast());
        Visibility.showWhen(receiveAll, vm.classActions().canActOnClass());
        Visibility.showWhen(closeDeparted, vm.classActions().canActOnClass());
        Visibility.showWhen(connectionCount, vm.serverSideProperty());
        bindView(view);
        selectorView.selectedProperty().bindBidirectional(view.selectorViewProperty());
        new SelectorRefresh(vm).follow(view.selectorViewProperty());
        // Presentation mode keeps the actions and folds the settings away.
        BooleanBinding working = view.presentationProperty().not();
        for (Node node : bar.getItems()) {
            if (node.getStyleClass().contains("settings-only")) {
                Visibility.showWhen(node, working);
            }
        }
        Visibility.showWhen(roleMenu, working);
        Toggles.keepWhole(bar);
        Visibility.showWhen(sendsSeparator, working);
        Visibility.showWhen(sendsLabel, working);
        Visibility.showWhen(payloadModes, working);
        Visibility.showWhen(payloadField, working.and(s.payloadModeProperty().isEqualTo(PayloadMode.TEXT)));
        Visibility.showWhen(bulkField, working.and(s.payloadModeProperty().isEqualTo(PayloadMode.BULK)));
    }

    /** Whether the network settings row is asked for. */
    public ReadOnlyBooleanProperty networkShownProperty() {
        return networkToggle.selectedProperty();
    }

    private void bindRole(SettingsViewModel s) {
        Toggles.choiceOf(List.of(roleBoth, roleServer, roleClient), s.roleProperty(), Role::valueOf);
        roleMenu.textProperty().bind(Bindings.createStringBinding(() -> Texts.bundle().getString("role.menu") + ": "
                + Texts.bundle().getString("role." + s.roleProperty().get().word()), s.roleProperty()));
    }

    private void bindSettings(SettingsViewModel s) {
        hostField.textProperty().bindBidirectional(s.hostProperty());
        portField.textProperty().bindBidirectional(s.portProperty());
        bindChosenPort(s);
        bufferField.textProperty().bindBidirectional(s.bufferProperty());
        payloadField.textProperty().bindBidirectional(s.payloadTextProperty());
        bulkField.textProperty().bindBidirectional(s.bulkSizeProperty());
        Toggles.oneAlwaysChosen(payloadModes.getToggleGroup(), payloadTime,
                data -> s.payloadModeProperty().set(PayloadMode.valueOf(data)));
        ValidationSupport validation = new ValidationSupport();
        refuseWhen(validation, hostField, s.hostErrorProperty());
        refuseWhen(validation, portField, s.portErrorProperty());
        refuseWhen(validation, bufferField, s.bufferErrorProperty());
        refuseWhen(validation, payloadField, s.payloadErrorProperty());
        refuseWhen(validation, bulkField, s.payloadErrorProperty());
    }

    /** With port 0, the port the system chose, beside the field, once the server is bound to it. */
    private void bindChosenPort(SettingsViewModel s) {
        var port = model.server().portProperty();
        chosenPort.textProperty().bind(Bindings.createStringBinding(
                () -> Texts.format("settings.port.chosen", port.get()), port));
        Visibility.showWhen(chosenPort, s.portProperty().isEqualTo("0").and(port.greaterThan(0)));
    }

    static void refuseWhen(ValidationSupport validation, TextField field, ReadOnlyStringProperty error) {
        Validator<String> validator = (control, value) ->
                ValidationResult.fromErrorIf(control, error.get(), !error.get().isEmpty());
        validation.registerValidator(field, false, validator);
    }

    /** View ▸ Predict mode and File ▸ Export predictions (Markdown, CSV); {@code title}: the lesson's, "" in free play. */
    public void bindPredict(PredictViewModel predict, java.util.function.Supplier<String> title) {
        Toggles.checkShows(predictItem, predict.onProperty(), () -> predict.onProperty().set(!predict.onProperty().get()));
        PredictExport.bind(fileExportPredictions, "md", predict, title, () -> bar.getScene().getWindow());
        PredictExport.bind(fileExportPredictionsCsv, "csv", predict, title, () -> bar.getScene().getWindow());
    }

    private void bindView(LayoutViewModel view) {
        Toggles.choiceOf(List.of(themeLight, themeDark, themeContrast), view.themeProperty(), Theme::valueOf);
        zoomLabel.textProperty().bind(view.zoomPercentProperty().asString("%d %%"));
        Toggles.checkShows(presentationItem, view.presentationProperty(), view::togglePresentation);
        Toggles.checkShows(fullScreenItem, view.fullScreenProperty(), view::toggleFullScreen);
        Toggles.checkShows(sidePanesItem, view.sidePanesShownProperty(), view::toggleSidePanes);
        presentationButton.textProperty().bind(Bindings.when(view.presentationProperty())
                .then(Texts.bundle().getString("view.presentation.leave"))
                .otherwise(Texts.bundle().getString("view.presentation.short")));
    }

    @FXML
    private void addClient() {
        model.addClient();
    }

    @FXML
    private void broadcast() {
        model.classActions().broadcast();
    }

    @FXML
    private void receiveAll() {
        model.classActions().receiveAll();
    }

    @FXML
    private void closeDeparted() {
        model.classActions().closeDeparted();
    }

    /** Reset closes every socket: with live connections it asks first, as switching lessons does. */
    @FXML
    private void reset() {
        if (model.hasLiveConnections()
                && !Confirmation.ask(bar.getScene().getWindow(), "reset.confirm.title", "reset.confirm.ask")) {
            return;
        }
        model.reset();
    }

    @FXML
    private void zoomIn() {
        layout.zoomIn();
    }

    @FXML
    private void zoomOut() {
        layout.zoomOut();
    }

    @FXML
    private void zoomReset() {
        layout.zoomReset();
    }

    @FXML
    private void togglePresentation() {
        layout.togglePresentation();
    }

    /** The File menu's items do what the feature views' own buttons do (wired by {@link MainController}). */
    public void bindFile(Runnable savePng, Runnable saveSvg, Runnable diagramWindow, Runnable saveLog, Runnable quit) {
        fileMenu.setId("fileMenu");
        fileSaveDiagramPng.setOnAction(e -> savePng.run());
        fileSaveDiagramSvg.setOnAction(e -> saveSvg.run());
        fileDiagramWindow.setOnAction(e -> diagramWindow.run());
        fileSaveLog.setOnAction(e -> saveLog.run());
        fileQuit.setOnAction(e -> quit.run());
    }

    /**
     * The Language menu shows the language the window speaks ({@code en} or {@code ko}); choosing the other
     * one is handed to {@code change}, which asks before it throws a lab in progress away.
     */
    public void bindLanguage(String current, java.util.function.Consumer<String> change) {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (RadioMenuItem item : List.of(languageEn, languageKo)) {
            item.setToggleGroup(group);
            // Each language named in itself ("English", "한국어"), so anyone finds their own.
            java.util.Locale own = java.util.Locale.forLanguageTag((String) item.getUserData());
            item.setText(own.getDisplayLanguage(own));
            item.setSelected(item.getUserData().equals(current));
            item.setOnAction(e -> {
                if (!item.getUserData().equals(current)) {
                    change.accept((String) item.getUserData());
                }
                group.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(current)));
            });
        }
    }
}
