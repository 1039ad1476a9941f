package org.socketlab.ui.connections;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.StackPane;
import org.socketlab.engine.SocketName;
import org.socketlab.ui.cards.CardCache;
import org.socketlab.ui.window.ColumnFit;
import org.socketlab.ui.window.UiBridge;
import org.socketlab.ui.window.Visibility;

/**
 * Binds a connections table ({@code connections.fxml}) to its {@link ConnectionsTableViewModel}: one row per
 * socket, sortable by every column, updated in place; the selected row's card below the table (one card,
 * made when the row is selected, let go when another is); a new or changed row lights up for a second and
 * is scrolled into sight, unless the selected row is in sight (the user is looking at it).
 */
public final class ConnectionsTableController {
    @FXML
    private TableView<ConnectionRow> table;
    @FXML
    private TableColumn<ConnectionRow, SocketName> nameColumn;
    @FXML
    private TableColumn<ConnectionRow, String> peerColumn;
    @FXML
    private TableColumn<ConnectionRow, ConnectionRow.Shown> stateColumn;
    @FXML
    private TableColumn<ConnectionRow, Number> sendColumn;
    @FXML
    private TableColumn<ConnectionRow, Number> receiveColumn;
    @FXML
    private TableColumn<ConnectionRow, ConnectionCells.Close> closeColumn;
    @FXML
    private TableColumn<ConnectionRow, ConnectionCells.Moved> inColumn;
    @FXML
    private TableColumn<ConnectionRow, ConnectionCells.Moved> outColumn;
    @FXML
    private TableColumn<ConnectionRow, ConnectionCells.Data> dataColumn;
    @FXML
    private Label hint;
    @FXML
    private StackPane cardSlot;

    private final RowFlash flash = new RowFlash();
    private CardCache cards;
    private ConnectionRow toFollow;

    /** Shows the model's rows in the table, which gets the id {@code tableId} (e.g. {@code workers-table}). */
    public void bind(ConnectionsTableViewModel model, CardCache cardCache, String tableId) {
        this.cards = cardCache;
        table.setId(tableId);
        ConnectionCells.name(nameColumn);
        ConnectionCells.text(peerColumn, ConnectionRow::peerProperty, "peer-cell");
        ConnectionCells.state(stateColumn);
        ConnectionCells.number(sendColumn, ConnectionRow::sendCount);
        ConnectionCells.number(receiveColumn, ConnectionRow::receiveCount);
        ConnectionCells.close(closeColumn);
        ConnectionCells.moved(inColumn, ConnectionRow::bytesInProperty, ConnectionRow::receivesProperty,
                "connections.in.tip");
        ConnectionCells.moved(outColumn, ConnectionRow::bytesOutProperty, ConnectionRow::sendsProperty,
                "connections.out.tip");
        ConnectionCells.data(dataColumn);
        // What a student sent comes before the student's port: a narrow table folds the peer first.
        List<TableColumn<ConnectionRow, ?>> byImportance = List.of(nameColumn, stateColumn, receiveColumn,
                sendColumn, closeColumn, inColumn, dataColumn, peerColumn, outColumn);
        List<String> ids = List.of("name", "state", "receive", "send", "close", "in", "data", "peer", "out");
        for (int i = 0; i < byImportance.size(); i++) {
            byImportance.get(i).setId("col-" + ids.get(i));
        }
        ColumnFit.fit(table, byImportance, 2, hint.fontProperty()); // the hint has the table's type size
        SortedList<ConnectionRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> flash.newRow());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showCard(now));
        model.latestProperty().addListener((o, was, row) -> {
            if (row != null) {
                flash.flash(row);
                follow(row);
            }
        });
        // A row that arrived while the table had no scrolling part yet (it was hidden behind the cards, or
        // its skin was still to be made) is brought into sight once the table can scroll.
        InvalidationListener shown = o -> {
            if (model.latestProperty().get() != null && flow().isEmpty()) {
                UiBridge.FX.execute(() -> follow(model.latestProperty().get()));
            }
        };
        table.visibleProperty().addListener(shown);
        table.skinProperty().addListener(shown);
        Visibility.showWhen(hint, table.getSelectionModel().selectedItemProperty().isNull());
        // Zooming or a card growing changes how many rows fit: the selected row is brought back into sight.
        InvalidationListener resized = o -> UiBridge.FX.execute(this::keepSelectedInSight);
        table.heightProperty().addListener(resized);
        hint.fontProperty().addListener(resized);
        showCard(null);
    }

    private void keepSelectedInSight() {
        ConnectionRow selected = table.getSelectionModel().getSelectedItem();
        int at = table.getSelectionModel().getSelectedIndex();
        flow().filter(f -> selected != null && !wholeInSight(f, at)).ifPresent(f -> reveal(f, selected));
    }

    /**
     * The selected row's card, or none: the card of the row selected before is let go. The card takes
     * room from the table, so the selected row is brought back into sight once the table has shrunk.
     */
    private void showCard(ConnectionRow row) {
        if (row == null) {
            cardSlot.getChildren().clear();
        } else {
            cardSlot.getChildren().setAll(cards.cardFor(row.socket()));
            UiBridge.FX.execute(() -> flow().ifPresent(f -> reveal(f, row)));
        }
    }

    /** Brings the row into sight once the current batch of updates is shown (the last row asked wins). */
    private void follow(ConnectionRow row) {
        if (toFollow == null) {
            UiBridge.FX.execute(this::scrollToFollowed);
        }
        toFollow = row;
    }

    private void scrollToFollowed() {
        ConnectionRow row = toFollow;
        toFollow = null;
        VirtualFlow<?> flow = flow().orElse(null);
        if (row == null) {
            return;
        }
        if (flow == null) {
            return; // the table cannot scroll yet: it follows the latest row once it can (see bind)
        }
        table.layout(); // rows added in this batch are counted by the flow before it scrolls to one
        int selected = table.getSelectionModel().getSelectedIndex();
        if (selected >= 0 && inSight(flow, selected)) {
            return; // the user is looking at the selected row: leave the view where it is
        }
        reveal(flow, row);
    }

    /** The table's scrolling part, once the table is shown. */
    private java.util.Optional<VirtualFlow<?>> flow() {
        return table.isVisible() && table.lookup(".virtual-flow") instanceof VirtualFlow<?> f
                ? java.util.Optional.of(f) : java.util.Optional.empty();
    }

    private void reveal(VirtualFlow<?> flow, ConnectionRow row) {
        int at = table.getItems().indexOf(row);
        if (at < 0) {
            return;
        }
        flow.scrollTo(at); // the least scrolling that shows the whole row
        flow.layout();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (last != null && last.getIndex() >= table.getItems().size() - 1) {
            // the end of the table is in sight: show the newest row whole too, and keep it so when the table's
            // height changes later (a card opening, the hint going)
            flow.setPosition(1.0);
            flow.layout();
        }
        if (!wholeInSight(flow, at)) {
            // the flow counts a row cut by its lower edge as in sight, so the end may have hidden the row asked
            // for; and right after the table shrank (a card growing below it) scrollTo can leave it cut at its top
            flow.scrollToTop(at);
            flow.layout();
        }
    }

    /**
     * Whether the row is in sight from its top to its bottom: the flow counts a row cut by its lower edge
     * as visible, and a card growing below the table (a Receive's answer) cuts the selected row so.
     */
    private static boolean wholeInSight(VirtualFlow<?> flow, int index) {
        IndexedCell<?> cell = flow.getVisibleCell(index);
        Node clip = flow.lookup(".clipped-container");
        if (cell == null || !cell.isVisible() || clip == null) {
            return false;
        }
        Bounds row = clip.sceneToLocal(cell.localToScene(cell.getLayoutBounds()));
        return row.getMinY() >= -0.5 && row.getMaxY() <= clip.getLayoutBounds().getHeight() + 0.5;
    }

    private static boolean inSight(VirtualFlow<?> flow, int index) {
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && index >= first.getIndex() && index <= last.getIndex();
    }
}
