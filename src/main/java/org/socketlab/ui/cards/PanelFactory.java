package org.socketlab.ui.cards;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.socketlab.ui.window.Density;
import org.socketlab.ui.window.FxmlView;

/** Loads the FXML card for a socket's kind and binds it to the socket's view model. */
final class PanelFactory {
    private PanelFactory() {
    }

    static Node panelFor(SocketViewModel vm, ObservableValue<Density> density) {
        FxmlView<SocketPanelController> card = FxmlView.load("cards-" + vm.name().kind().prefix() + ".fxml");
        card.controller().bind(vm, card.root(), density);
        return card.root();
    }
}
