package org.socketlab.ui.cards;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.socketlab.ui.connections.ConnectionsTableViewModel;
import org.socketlab.ui.window.Density;
import org.socketlab.ui.window.LabViewModel;
import org.socketlab.ui.window.Styles;
import org.socketlab.ui.window.Visibility;

/**
 * Binds the sockets area: the server's card, the workers' and the clients' cards on a {@link CardBoard},
 * shaped by the role. A kind shows a card per socket while it holds {@value ConnectionsTableViewModel#THRESHOLD} or
 * fewer; beyond that, a connections table with the selected row's card (see {@link ConnectionsTableController}).
 * When the board is crowded the cards fold their secondary parts as on a smaller screen, then shrink.
 */
public final class SocketsController {
    @FXML
    private ScrollPane columnsScroll;
    @FXML
    private Label noWorkers;

    private final CardBoard board = new CardBoard();
    private CardCache cards;

    public void bind(LabViewModel vm, ObservableValue<Density> density, ObservableValue<Number> fontPx) {
        board.setId("columns");
        columnsScroll.setContent(board);
        board.emProperty().bind(fontPx);
        // A crowded board folds what is secondary in each card first: the cards are as on a smaller screen.
        ObjectBinding<Density> cardDensity = Bindings.createObjectBinding(() -> {
            int crowding = board.crowdingProperty().get();
            Density least = crowding == 0 ? Density.ROOMY : crowding == 1 ? Density.COMPACT : Density.TIGHT;
            return density.getValue().compareTo(least) >= 0 ? density.getValue() : least;
        }, density, board.crowdingProperty());
        // ...then their type shrinks (socketlab.css: .crowded-3, .crowded-4)
        Styles.follow(board, "crowded-", board.crowdingProperty(), n -> "crowded-" + n);
        cards = new CardCache(cardDensity);
        // The sockets ask for the height their cards need; the window gives them at most the room.
        columnsScroll.prefViewportHeightProperty().bind(board.heightProperty());
        var server = vm.serverSideProperty();
        var client = vm.clientSideProperty();
        ConnectionsTableViewModel workers = new ConnectionsTableViewModel(vm.workers());
        ConnectionsTableViewModel clients = new ConnectionsTableViewModel(vm.clients());
        TableTile workerTable = new TableTile(workers, cards, "workers-table", "workers", server);
        TableTile clientTable = new TableTile(clients, cards, "clients-table", "clients", client);
        CardBoard.group(noWorkers, "workers");
        Visibility.showWhen(noWorkers, server.and(Bindings.isEmpty(vm.workers())));
        Runnable refresh = () -> {
            List<Node> tiles = new ArrayList<>();
            tiles.add(tile(cards.cardFor(vm.server()), "server", server));
            tiles.add(noWorkers);
            if (workers.tableModeProperty().get()) {
                tiles.add(workerTable.view());
            } else {
                vm.workers().forEach(w -> tiles.add(tile(cards.cardFor(w), "workers", server)));
            }
            if (clients.tableModeProperty().get()) {
                tiles.add(clientTable.view());
            } else {
                vm.clients().forEach(c -> tiles.add(tile(cards.cardFor(c), "clients", client)));
            }
            if (!tiles.equals(board.getChildren())) {
                board.getChildren().setAll(tiles);
            }
        };
        for (Observable o : List.<Observable>of(workers.tableModeProperty(), clients.tableModeProperty())) {
            o.addListener(x -> refresh.run());
        }
        vm.workers().addListener((ListChangeListener<SocketViewModel>) c -> refresh.run());
        vm.clients().addListener((ListChangeListener<SocketViewModel>) c -> refresh.run());
        refresh.run();
    }

    /** The board, so the window can tell it how much height the cards may take without scrolling. */
    public CardBoard board() {
        return board;
    }

    /** Puts the keyboard focus on the server's step 1, so keys 1–7 work at once (not in a text field). */
    public void focusFirstStep() {
        Node first = board.lookup("#op-init");
        if (first != null) {
            first.requestFocus();
        }
    }

    /** A card on the board, of this kind, shown while its side of the connection is. */
    private static Node tile(Node card, String kind, ObservableValue<Boolean> side) {
        CardBoard.group(card, kind);
        Visibility.showWhen(card, side);
        return card;
    }
}
