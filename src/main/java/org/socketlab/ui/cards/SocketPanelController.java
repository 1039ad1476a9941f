package org.socketlab.ui.cards;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Operation;
import org.socketlab.ui.window.FxmlView;
import org.socketlab.ui.window.LazyTooltip;
import org.socketlab.ui.window.NodeListeners;
import org.socketlab.ui.window.Density;
import org.socketlab.ui.kernel.KernelLineView;
import org.socketlab.ui.window.Styles;
import org.socketlab.ui.window.Texts;
import org.socketlab.ui.window.UiBridge;
import org.socketlab.ui.window.Visibility;

/**
 * Binds one socket card (server, client or worker FXML) to its view model: buttons forward their
 * operation (the button's userData); the header shows the socket's latest answer; counters, the
 * per-step fields under Details and the received data follow the model.
 */
public final class SocketPanelController {
    @FXML
    private Label title;
    @FXML
    private Label state;
    @FXML
    private Label addresses;
    @FXML
    private Label kernelLine;
    /** The server's accept queue (absent from client and worker cards). */
    @FXML
    private Label kernelQueue;
    @FXML
    private Label selectorLine;
    @FXML
    private FlowPane buttons;
    @FXML
    private VBox header;
    @FXML
    private Label headerSummary;
    @FXML
    private Label headerJava;
    @FXML
    private Label headerExplanation;
    @FXML
    private Label headerStamp;
    @FXML
    private FlowPane counters;
    @FXML
    private ToggleButton detailsToggle;
    @FXML
    private VBox details;
    /** Built with the Details; a server's have no received list. */
    @FXML
    private GridPane steps;
    @FXML
    private ListView<ReceivedChunk> received;

    private final BooleanProperty headerOpen = new SimpleBooleanProperty();
    /** Whether the user opened or folded this card's Details: then the window's density leaves them so. */
    private boolean detailsChosen;
    private SocketViewModel model;

    void bind(SocketViewModel vm, Node panel, ObservableValue<Density> density) {
        this.model = vm;
        panel.setId("panel-" + vm.name());
        title.textProperty().bind(vm.headlineProperty());
        state.setId("state");
        state.textProperty().bind(vm.stateProperty());
        Styles.follow(state, "state-", vm.phaseProperty(), Styles::ofState);
        addresses.textProperty().bind(vm.addressesProperty());
        // Tight on room the addresses fold; the title's tooltip still tells them.
        Visibility.showWhen(addresses, vm.addressesProperty().isNotEmpty().and(Bindings.createBooleanBinding(
                () -> density.getValue() != Density.TIGHT, density)));
        LazyTooltip.install(title, () -> {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(Bindings.concat(
                    Texts.bundle().getString("panel." + vm.name().kind().prefix() + ".role"), "\n",
                    vm.addressesProperty()));
            return tip;
        });
        KernelLineView.bind(kernelLine, kernelQueue, vm.kernelProperty(), density);
        selectorLine.textProperty().bind(vm.selectorLineProperty());
        Visibility.showWhen(selectorLine, vm.selectorLineProperty().isNotEmpty());
        NodeListeners.onChange(panel, vm.nextOperationProperty(), (o, was, now) -> markNext(now));
        Styles.toggle(panel, "predict-asked", vm.askedProperty());
        for (Node node : buttons.getChildren()) {
            Operation op = operation(node);
            node.setId("op-" + op.word());
            StatusMarks.mark((Button) node, vm.statusProperty(op));
        }
        header.setId("status-header");
        StatusFields.bindHeader(header, headerSummary, headerJava, headerExplanation, headerStamp, vm.headerProperty());
        bindCounters(counters, vm);
        counters.setId("counters");
        buttons.setId("buttons");
        detailsToggle.setId("details-toggle");
        details.setId("details");
        Visibility.showWhen(details, detailsToggle.selectedProperty());
        detailsToggle.setSelected(density.getValue() == Density.ROOMY);
        Visibility.buildWhenFirstShown(detailsToggle.selectedProperty(), this::buildDetails);
        // The window's density opens and folds the Details until the user does: then they stay as chosen (the
        // board crowds the other cards to make room for them, and tries the whole cards again once they close).
        detailsToggle.setOnAction(e -> {
            detailsChosen = true;
            CardBoard.opened(panel, detailsToggle.isSelected());
        });
        density.addListener((o, was, now) -> {
            if (!detailsChosen) {
                detailsToggle.setSelected(now == Density.ROOMY);
            }
        });
        Visibility.showWhen(headerExplanation, headerOpen.or(Bindings.createBooleanBinding(
                () -> density.getValue() != Density.TIGHT, density)));
        Visibility.showWhen(headerJava, headerOpen.or(Bindings.createBooleanBinding(
                () -> density.getValue() != Density.TIGHT, density)));
        Styles.toggle(header, "open", headerOpen);
        // Tight on room the time stamp (back with a click on the header) and the out-of-band counter, which
        // Java never raises, fold too.
        var roomy = Bindings.createBooleanBinding(() -> density.getValue() != Density.TIGHT, density);
        Visibility.showWhen(headerStamp, headerOpen.or(roomy).and(headerStamp.textProperty().isNotEmpty()));
        for (Node chip : counters.getChildren()) {
            if (chip.getStyleClass().contains("unobservable")) {
                Visibility.showWhen(chip, roomy);
            }
        }
    }

    /**
     * The Details, built the first time they show: each step's latest answer and, on a client or worker, what it
     * received. Hidden, they would cost every card's start their nodes, skins and tooltips (most screens open
     * with them folded).
     */
    private void buildDetails() {
        FxmlView.fill("cards-" + model.name().kind().prefix() + "-details.fxml", details, this);
        for (Node node : steps.getChildren()) {
            Operation op = operation(node);
            if (node instanceof VBox status) {
                status.setId("status-" + op.word());
                StatusFields.bind(status, model.statusProperty(op));
            } else if (node instanceof Label name) {
                name.setText(name.getText().replace("_", ""));
            }
        }
        if (received != null) {
            received.setId("received");
            received.setItems(model.received());
            received.setCellFactory(l -> new ReceivedCell());
            // to the newest chunk once, after the batch that brought any number of them
            Runnable toNewest = UiBridge.coalesced(UiBridge.FX,
                    () -> received.scrollTo(received.getItems().size() - 1));
            NodeListeners.onListChange(received, model.received(),
                    (ListChangeListener<ReceivedChunk>) c -> toNewest.run());
            if (!received.getItems().isEmpty()) {
                toNewest.run();
            }
        }
    }

    /** Guided mode: the lesson's next button stands out. */
    private void markNext(Operation next) {
        for (Node node : buttons.getChildren()) {
            node.getStyleClass().remove("next-step");
            if (operation(node) == next) {
                node.getStyleClass().add("next-step");
            }
        }
    }

    private static Operation operation(Node node) {
        return Operation.fromWord((String) node.getUserData())
                .orElseThrow(() -> new IllegalStateException("no operation " + node.getUserData()));
    }

    private static void bindCounters(Parent box, SocketViewModel vm) {
        for (Node chip : box.getChildrenUnmodifiable()) {
            for (Node node : ((Parent) chip).getChildrenUnmodifiable()) {
                if (node.getUserData() instanceof String key && node instanceof Label label) {
                    bindCounter(label, key, vm);
                }
            }
        }
    }

    private static void bindCounter(Label label, String key, SocketViewModel vm) {
        label.setId("count-" + key);
        if (key.endsWith("-error")) {
            Notification n = key.startsWith("connect") ? Notification.CONNECT : Notification.CLOSE;
            var code = n == Notification.CONNECT ? vm.connectErrorProperty() : vm.closeErrorProperty();
            var count = vm.countProperty(n);
            label.textProperty().bind(Bindings.createStringBinding(
                    () -> CounterTexts.code(count.get(), code.get(), Texts.bundle()), code, count));
            Visibility.showWhen(label, count.greaterThan(0));
            return;
        }
        Notification n = Notification.valueOf(key.toUpperCase(Locale.ROOT));
        label.textProperty().bind(vm.countProperty(n).asString());
        StatusMarks.flashOnChange(label, vm.countProperty(n));
    }

    @FXML
    private void perform(ActionEvent event) {
        model.perform(operation((Node) event.getSource()));
    }

    /** A click on the header shows its whole text (explanation included) or folds it again. */
    @FXML
    private void toggleHeader() {
        headerOpen.set(!headerOpen.get());
    }
}
