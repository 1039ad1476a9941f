package org.socketlab.ui.window;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** Shows a node, and lets it take room, only while a condition holds. */
public final class Visibility {
    private Visibility() {
    }

    public static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
