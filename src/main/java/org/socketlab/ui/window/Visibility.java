package org.socketlab.ui.window;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** Shows a node, and lets it take room, only while a condition holds; builds what shows only once it does. */
public final class Visibility {
    private Visibility() {
    }

    public static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    /**
     * Runs {@code build} once, the first time {@code shown} holds (now, if it already does): what a view hides
     * at the start (a card's Details, the network row) costs the start nothing until it is asked for.
     */
    public static void buildWhenFirstShown(ObservableValue<Boolean> shown, Runnable build) {
        if (Boolean.TRUE.equals(shown.getValue())) {
            build.run();
            return;
        }
        shown.addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    shown.removeListener(this);
                    build.run();
                }
            }
        });
    }
}
