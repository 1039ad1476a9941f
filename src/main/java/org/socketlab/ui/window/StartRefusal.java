package org.socketlab.ui.window;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;

/**
 * What SocketLab shows instead of its window when the operating system refused what the lab needs at start
 * (a locked-down PC): what happened and what can be allowed, then closing it ends SocketLab.
 */
final class StartRefusal {
    private StartRefusal() {
    }

    /** Shows the text (on the FX thread); {@code then} runs once it is closed. */
    static Alert show(String text, Runnable then) {
        ButtonType close = new ButtonType(Texts.bundle().getString("start.refused.close"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, text, close);
        alert.setTitle("SocketLab");
        alert.setHeaderText(Texts.bundle().getString("start.refused.title"));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // the whole text, wrapped
        alert.setOnHidden(e -> then.run());
        alert.show();
        return alert;
    }
}
