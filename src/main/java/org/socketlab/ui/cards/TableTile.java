package org.socketlab.ui.cards;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import org.socketlab.ui.connections.ConnectionsTableController;
import org.socketlab.ui.connections.ConnectionsTableViewModel;
import org.socketlab.ui.window.FxmlView;
import org.socketlab.ui.window.Visibility;

/**
 * A kind's connections table on the board, built ({@code connections.fxml}, its controller bound) the first
 * time the kind has more sockets than cards: a lab of a few sockets, as most lessons are, never loads the
 * table's view, and the window's start does not wait for it.
 */
final class TableTile {
    private final ConnectionsTableViewModel model;
    private final CardCache cards;
    private final String tableId;
    private final String kind;
    private final ObservableBooleanValue side;
    private Node view;

    /**
     * @param tableId the table's id ({@code workers-table}, {@code clients-table})
     * @param kind the board's group the table belongs to
     * @param side whether this kind's side of the connection is shown (the role)
     */
    TableTile(ConnectionsTableViewModel model, CardCache cards, String tableId, String kind,
              ObservableBooleanValue side) {
        this.model = model;
        this.cards = cards;
        this.tableId = tableId;
        this.kind = kind;
        this.side = side;
    }

    /** The table's view, loaded and bound now if it never was; shown while its side is and the kind is a table. */
    Node view() {
        if (view == null) {
            FxmlView<ConnectionsTableController> table = FxmlView.load("connections.fxml");
            table.controller().bind(model, cards, tableId);
            view = table.root();
            CardBoard.fill(view);
            CardBoard.group(view, kind);
            Visibility.showWhen(view, model.tableModeProperty().and(side));
        }
        return view;
    }
}
