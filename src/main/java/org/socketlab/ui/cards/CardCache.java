package org.socketlab.ui.cards;

import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.socketlab.ui.window.Density;

/**
 * Makes socket cards on demand and holds none of them: a card lives while the scene shows it or its
 * socket's view model still listens to it, and while it lives the same socket gets the same card back
 * instead of a second one. Each card follows the window's density through a weak binding, so the
 * window's layout does not keep dropped cards alive; the card's own listeners on its socket's view model are
 * held by the card and only weakly by the view model ({@code NodeListeners}), so the view model, which lives as
 * long as its socket, does not keep them alive either.
 */
public final class CardCache {
    private final ObservableValue<Density> density;
    private final Map<SocketViewModel, WeakReference<Node>> made = new WeakHashMap<>();

    CardCache(ObservableValue<Density> density) {
        this.density = density;
    }

    /** The card of this socket: the one made before if it still exists, else a new one. */
    public Node cardFor(SocketViewModel socket) {
        Node card = Optional.ofNullable(made.get(socket)).map(Reference::get).orElse(null);
        if (card == null) {
            ObjectProperty<Density> own = new SimpleObjectProperty<>();
            own.bind(density); // weak from the window's side: the card's listeners go with the card
            card = PanelFactory.panelFor(socket, own);
            made.put(socket, new WeakReference<>(card));
        }
        return card;
    }
}
