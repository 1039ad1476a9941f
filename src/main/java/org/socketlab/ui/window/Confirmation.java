package org.socketlab.ui.window;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The one question SocketLab asks before it throws a lab in progress away (another lesson, another
 * language, Reset with live connections): OK goes on, Cancel or closing the question keeps the lab.
 */
public final class Confirmation {
    private Confirmation() {
    }

    /** Asks with the bundle's {@code titleKey} and {@code askKey}; true when the user chose OK. */
    public static boolean ask(Window owner, String titleKey, String askKey) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Texts.bundle().getString(askKey), ButtonType.OK,
                ButtonType.CANCEL);
        ask.setHeaderText(Texts.bundle().getString(titleKey));
        ask.setTitle(Texts.bundle().getString(titleKey));
        ask.initOwner(owner);
        return ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
