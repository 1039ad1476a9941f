package org.socketlab.ui.cards;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import org.socketlab.ui.window.Density;
import org.socketlab.ui.window.Texts;

/** Loads the FXML card for a socket's kind and binds it to the socket's view model. */
final class PanelFactory {
    private PanelFactory() {
    }

    static Node panelFor(SocketViewModel vm, ObservableValue<Density> density) {
        String fxml = "/fxml/cards-" + vm.name().kind().prefix() + ".fxml";
        FXMLLoader loader = new FXMLLoader(PanelFactory.class.getResource(fxml), Texts.bundle());
        try {
            Node panel = loader.load();
            SocketPanelController controller = loader.getController();
            controller.bind(vm, panel, density);
            return panel;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }
}
