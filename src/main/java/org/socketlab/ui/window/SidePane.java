package org.socketlab.ui.window;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * Where the side pane (its tabs) lies: at the right of the work area, beside the cards, where they keep
 * their width; otherwise over them, a drawer at the right edge of the layers, so the cards stay whole
 * while it is closed. It shows only while {@code shown} holds.
 */
final class SidePane {
    static final String DRAWER = "side-drawer";

    private SidePane() {
    }

    static void arrange(TabPane tabs, BorderPane work, StackPane layers, ObservableValue<Boolean> shown,
            ObservableValue<Boolean> over) {
        StackPane.setAlignment(tabs, Pos.TOP_RIGHT);
        Runnable place = () -> {
            boolean drawer = over.getValue();
            if (drawer && work.getRight() == tabs) {
                work.setRight(null);
                layers.getChildren().add(tabs);
            } else if (!drawer && work.getRight() != tabs) {
                layers.getChildren().remove(tabs);
                work.setRight(tabs);
            }
        };
        over.addListener((o, was, now) -> place.run());
        place.run();
        Styles.toggle(tabs, DRAWER, over);
        Visibility.showWhen(tabs, shown);
    }
}
