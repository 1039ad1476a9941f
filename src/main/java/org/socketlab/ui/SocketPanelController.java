package org.socketlab.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Wsa;
import org.socketlab.ui.model.ReceivedChunk;
import org.socketlab.ui.model.SocketViewModel;
import org.socketlab.ui.model.StatusView;

/**
 * Binds one socket panel (server, client or worker FXML) to its view model: buttons forward their
 * operation (the button's userData), status fields and counters follow the model.
 */
public final class SocketPanelController {
    @FXML
    private VBox root;
    @FXML
    private Label title;
    @FXML
    private Label state;
    @FXML
    private Label addresses;
    @FXML
    private Label selectorLine;
    @FXML
    private GridPane steps;
    @FXML
    private GridPane counters;
    @FXML
    private ListView<ReceivedChunk> received;

    private SocketViewModel model;

    void bind(SocketViewModel vm, Node panel) {
        this.model = vm;
        panel.setId("panel-" + vm.name());
        title.setText(vm.title());
        state.textProperty().bind(vm.stateProperty());
        vm.stateProperty().addListener((o, was, now) -> StyleClasses.swap(state, "state-", styleOf(vm)));
        StyleClasses.swap(state, "state-", styleOf(vm));
        addresses.textProperty().bind(vm.addressesProperty());
        selectorLine.textProperty().bind(vm.selectorLineProperty());
        selectorLine.visibleProperty().bind(vm.selectorLineProperty().isNotEmpty());
        selectorLine.managedProperty().bind(selectorLine.visibleProperty());
        vm.nextOperationProperty().addListener((o, was, now) -> markNext(now));
        for (Node node : steps.getChildren()) {
            Operation op = operation(node);
            if (node instanceof VBox status) {
                bindStatus(status, vm, op);
            } else {
                node.setId("op-" + op.word());
            }
        }
        for (Node node : counters.getChildren()) {
            if (node.getUserData() instanceof String key && node instanceof Label label) {
                bindCounter(label, key, vm);
            }
        }
        if (received != null) {
            received.setId("received");
            received.setItems(vm.received());
            received.setCellFactory(list -> new ReceivedCell());
            vm.received().addListener((ListChangeListener<ReceivedChunk>) c ->
                    received.scrollTo(received.getItems().size() - 1));
        }
    }

    /** Guided mode: the lesson's next button stands out. */
    private void markNext(Operation next) {
        for (Node node : steps.getChildren()) {
            if (!(node instanceof VBox)) {
                node.getStyleClass().remove("next-step");
                if (operation(node) == next) {
                    node.getStyleClass().add("next-step");
                }
            }
        }
    }

    private static String styleOf(SocketViewModel vm) {
        return "state-" + vm.stateProperty().get().replaceAll("[^a-z]", "");
    }

    private static Operation operation(Node node) {
        return Operation.fromWord((String) node.getUserData())
                .orElseThrow(() -> new IllegalStateException("no operation " + node.getUserData()));
    }

    private static void bindStatus(VBox status, SocketViewModel vm, Operation op) {
        status.setId("status-" + op.word());
        Label summary = (Label) status.getChildren().get(0);
        Label java = (Label) status.getChildren().get(1);
        Label explanation = (Label) status.getChildren().get(2);
        var view = vm.statusProperty(op);
        summary.textProperty().bind(Bindings.createStringBinding(() -> view.get().summary(), view));
        java.textProperty().bind(Bindings.createStringBinding(() -> view.get().java(), view));
        explanation.textProperty().bind(Bindings.createStringBinding(() -> view.get().explanation(), view));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> view.get().headline() + "\n" + view.get().explanation(), view));
        Tooltip.install(status, tip);
        view.addListener((o, was, now) -> StyleClasses.swap(status, "outcome-", now.styleClass()));
        StyleClasses.swap(status, "outcome-", StatusView.NONE.styleClass());
    }

    private static void bindCounter(Label label, String key, SocketViewModel vm) {
        label.setId("count-" + key);
        if (key.endsWith("-error")) {
            Notification n = key.startsWith("connect") ? Notification.CONNECT : Notification.CLOSE;
            var code = n == Notification.CONNECT ? vm.connectErrorProperty() : vm.closeErrorProperty();
            var count = vm.countProperty(n);
            label.textProperty().bind(Bindings.createStringBinding(() -> count.get() == 0 ? ""
                    : code.get() == 0 ? Texts.bundle().getString("counter.code.success")
                    : Wsa.of(code.get()).describe(), code, count));
            return;
        }
        Notification n = Notification.valueOf(key.toUpperCase(Locale.ROOT));
        label.textProperty().bind(vm.countProperty(n).asString());
    }

    @FXML
    private void perform(ActionEvent event) {
        model.perform(operation((Node) event.getSource()));
    }
}
