package org.socketlab.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.socketlab.ui.model.ConnectionsTable;
import org.socketlab.ui.model.Density;
import org.socketlab.ui.model.LabViewModel;
import org.socketlab.ui.model.SocketViewModel;

/**
 * Binds the sockets area: the server's card, and columns of workers and clients shaped by the role. A
 * column shows a card per socket while it holds {@value ConnectionsTable#THRESHOLD} or fewer; beyond that,
 * a connections table with the selected row's card (see {@link ConnectionsTableController}).
 */
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
    @FXML
    private Node workerConnections;
    @FXML
    private ConnectionsTableController workerConnectionsController;
    @FXML
    private Node clientConnections;
    @FXML
    private ConnectionsTableController clientConnectionsController;

    private CardCache cards;

    void bind(LabViewModel vm, ObservableValue<Density> density) {
        cards = new CardCache(density);
        // The sockets ask for the height their cards need; the narration below gets what is left over.
        columnsScroll.prefViewportHeightProperty().bind(columns.heightProperty());
        serverColumn.getChildren().add(cards.cardFor(vm.server()));
        column(vm.workers(), workerColumn, workersBox, workerConnections, workerConnectionsController, "workers-table");
        column(vm.clients(), clientColumn, clientsBox, clientConnections, clientConnectionsController, "clients-table");
        Visibility.showWhen(noWorkers, Bindings.isEmpty(vm.workers()));
        Visibility.showWhen(serverColumn, vm.serverSideProperty());
        Visibility.showWhen(workerColumn, vm.serverSideProperty());
        Visibility.showWhen(clientColumn, vm.clientSideProperty());
        // Tight on room: each card names its socket, so the column titles fold.
        var roomForTitles = Bindings.createBooleanBinding(() -> density.getValue() != Density.TIGHT, density);
        for (VBox column : List.of(serverColumn, workerColumn, clientColumn)) {
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

    /** A column of sockets: a card each while few, else the table and the selected row's card. */
    private void column(ObservableList<SocketViewModel> sockets, VBox column, VBox box, Node tableView,
                        ConnectionsTableController tableController, String tableId) {
        ConnectionsTable table = new ConnectionsTable(sockets);
        tableController.bind(table, cards, tableId);
        var tableMode = table.tableModeProperty();
        Visibility.showWhen(tableView, tableMode);
        Visibility.showWhen(box, tableMode.not());
        Styles.toggle(column, "table-mode", tableMode);
        if (column == workerColumn) { // the table needs the width: the server's card keeps the least it needs
            Styles.toggle(serverColumn, "beside-table", tableMode);
            tableMode.addListener((o, was, now) -> HBox.setHgrow(serverColumn, now ? Priority.NEVER : Priority.ALWAYS));
        }
        Runnable refresh = () -> box.getChildren().setAll(tableMode.get() ? List.of()
                : sockets.stream().map(cards::cardFor).toList());
        sockets.addListener((ListChangeListener<SocketViewModel>) c -> refresh.run());
        tableMode.addListener(o -> refresh.run());
        refresh.run();
    }
}
