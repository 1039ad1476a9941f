package org.socketlab.ui.window;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin without the bitmap of its viewport. {@link ScrollPaneSkin} caches the viewport
 * ({@code setCache(true)}): an image of the whole visible content kept beside the scene, redrawn whenever
 * the content changes, which it does at every step here. With the software pipeline those images live on
 * the Java heap (a card area at 1366×768 alone is 2 MB) and every size they ever had stays in Prism's
 * image pool, so after steps 1–7 the window held about 12 MB of them. Drawing the content directly costs
 * nothing a user sees. Every scroll pane of the window gets this skin from socketlab.css ({@code -fx-skin}).
 */
public final class UncachedScrollPaneSkin extends ScrollPaneSkin {
    public UncachedScrollPaneSkin(ScrollPane pane) {
        super(pane);
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
