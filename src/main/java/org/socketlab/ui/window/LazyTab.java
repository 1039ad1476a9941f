package org.socketlab.ui.window;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;

/**
 * A side-pane tab whose view (its FXML, its controller's bindings, and so its CSS and layout) is built the
 * first time it is shown, not with the window: hidden tabs cost the start nothing. Whoever needs the view
 * before (the File menu's Save log, Save PNG) asks for {@link #controller()}, which builds it then.
 *
 * @param <C> the view's controller
 */
final class LazyTab<C> {
    private final Tab tab;
    private final String fxml;
    private final Consumer<C> bind;
    private C controller;

    /**
     * @param fxml the view's file under {@code /fxml/}
     * @param bind binds a freshly loaded controller to its view model
     */
    LazyTab(Tab tab, String fxml, Consumer<C> bind) {
        this.tab = tab;
        this.fxml = fxml;
        this.bind = bind;
    }

    /** Builds the view as soon as its tab is the selected one of a pane that shows (now, if it is). */
    LazyTab<C> buildWhenShown(ObservableValue<Boolean> paneShown) {
        Runnable check = () -> {
            if (Boolean.TRUE.equals(paneShown.getValue()) && tab.isSelected()) {
                controller();
            }
        };
        paneShown.addListener((o, was, now) -> check.run());
        tab.selectedProperty().addListener((o, was, now) -> check.run());
        check.run();
        return this;
    }

    /** The view's controller, the view loaded into the tab and bound now if it was never shown. */
    C controller() {
        if (controller == null) {
            FxmlView<C> view = FxmlView.load(fxml);
            tab.setContent(view.root());
            controller = view.controller();
            bind.accept(controller);
        }
        return controller;
    }
}
