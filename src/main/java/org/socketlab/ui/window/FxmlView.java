package org.socketlab.ui.window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * A view loaded from {@code /fxml/NAME} with the window's texts, and its controller; a node's accessible help
 * becomes its tooltip when the pointer first comes ({@link LazyTooltip}). A view that does not load
 * is a bug in the build, not something a user can mend: it is thrown unchecked.
 *
 * @param <C> the view's controller
 */
public record FxmlView<C>(Parent root, C controller) {
    /** Loads {@code /fxml/name} (e.g. {@code connections.fxml}) now. */
    public static <C> FxmlView<C> load(String name) {
        FXMLLoader loader = new FXMLLoader(FxmlView.class.getResource("/fxml/" + name), Texts.bundle());
        try {
            Parent root = loader.load();
            LazyTooltip.fromAccessibleHelp(root);
            return new FxmlView<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + name, e);
        }
    }

    /**
     * Loads {@code /fxml/name}, an {@code fx:root} view without a controller, into {@code root} now; what it
     * names ({@code fx:id}) by name.
     */
    public static Map<String, Object> fill(String name, Parent root) {
        FXMLLoader loader = new FXMLLoader(FxmlView.class.getResource("/fxml/" + name), Texts.bundle());
        loader.setRoot(root);
        try {
            loader.load();
            LazyTooltip.fromAccessibleHelp(root);
            return loader.getNamespace();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + name, e);
        }
    }
}
