package org.socketlab.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.socketlab.ui.model.Density;
import org.socketlab.ui.model.LabViewModel;
import org.socketlab.ui.model.SocketViewModel;

/** Binds the sockets area: the server's card, a card per worker and per client, columns shaped by the role. */
public final class SocketsController {
    @FXML
    private ScrollPane columnsScroll;
    @FXML
    private HBox columns;
    @FXML
    private VBox serverColumn;
    @FXML
    private VBox workerColumn;
    @FXML
    private VBox clientColumn;
    @FXML
    private Label noWorkers;
    @FXML
    private VBox workersBox;
    @FXML
    private VBox clientsBox;

    private final Map<SocketViewModel, Node> cards = new HashMap<>();
    private LabViewModel model;
    private ObservableValue<Density> density;

    void bind(LabViewModel vm, ObservableValue<Density> density) {
        this.model = vm;
        this.density = density;
        serverColumn.getChildren().add(PanelFactory.panelFor(vm.server(), density));
        showCards(vm.workers(), workersBox);
        showCards(vm.clients(), clientsBox);
        Visibility.showWhen(noWorkers, Bindings.isEmpty(vm.workers()));
        // The sockets ask for the height their cards need; the narration below gets what is left over.
        columnsScroll.prefViewportHeightProperty().bind(columns.heightProperty());
        Visibility.showWhen(serverColumn, vm.serverSideProperty());
        Visibility.showWhen(workerColumn, vm.serverSideProperty());
        Visibility.showWhen(clientColumn, vm.clientSideProperty());
        // Tight on room: each card names its socket, so the column titles fold.
        var roomForTitles = Bindings.createBooleanBinding(() -> density.getValue() != Density.TIGHT, density);
        for (VBox column : java.util.List.of(serverColumn, workerColumn, clientColumn)) {
            Visibility.showWhen(column.getChildren().get(0), roomForTitles);
        }
    }

    /** Puts the keyboard focus on the server's step 1, so keys 1–7 work at once (not in a text field). */
    void focusFirstStep() {
        Node first = serverColumn.lookup("#op-init");
        if (first != null) {
            first.requestFocus();
        }
    }

    private void showCards(ObservableList<SocketViewModel> models, VBox box) {
        Runnable refresh = () -> {
            cards.keySet().removeIf(vm -> !model.workers().contains(vm) && !model.clients().contains(vm));
            box.getChildren().setAll(models.stream()
                    .map(vm -> cards.computeIfAbsent(vm, m -> PanelFactory.panelFor(m, density))).toList());
        };
        models.addListener((ListChangeListener<SocketViewModel>) c -> refresh.run());
        refresh.run();
    }
}
