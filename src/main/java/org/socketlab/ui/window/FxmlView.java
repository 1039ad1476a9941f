package org.socketlab.ui.window;

import java.io.IOException;
import java.io.UncheckedIOException;
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
        FXMLLoader loader = loader(name);
        Parent root = load(loader, name);
        return new FxmlView<>(root, loader.getController());
    }

    /**
     * Loads {@code /fxml/name}, an {@code fx:root} view without a controller of its own, into {@code root} now,
     * for a part of a view built the first time it shows: what it names ({@code fx:id}) is given to the view's
     * {@code controller}'s {@code @FXML} fields.
     */
    public static void fill(String name, Parent root, Object controller) {
        FXMLLoader loader = loader(name);
        loader.setRoot(root);
        loader.setController(controller);
        load(loader, name);
    }

    private static FXMLLoader loader(String name) {
        return new FXMLLoader(FxmlView.class.getResource("/fxml/" + name), Texts.bundle());
    }

    /** Loads the view; its nodes' accessible help becomes their lazy tooltips. */
    private static Parent load(FXMLLoader loader, String name) {
        try {
            Parent root = loader.load();
            LazyTooltip.fromAccessibleHelp(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + name, e);
        }
    }
}
