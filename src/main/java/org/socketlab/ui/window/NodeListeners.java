package org.socketlab.ui.window;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;

/**
 * Listeners that live as long as the node they serve: the node keeps the listener (and what it observes), the
 * observed value (a view model's property, which may outlive the node) holds it only weakly. A card dropped from the connections
 * table can so be collected although its socket's view model lives on.
 */
public final class NodeListeners {
    private static final Object KEY = new Object();

    private NodeListeners() {
    }

    public static <T> void onChange(Node owner, ObservableValue<T> source, ChangeListener<? super T> listener) {
        keep(owner, listener, source);
        source.addListener(new WeakChangeListener<>(listener));
    }

    public static void onInvalidation(Node owner, Observable source, InvalidationListener listener) {
        keep(owner, listener, source);
        source.addListener(new WeakInvalidationListener(listener));
    }

    public static <E> void onListChange(Node owner, ObservableList<E> source, ListChangeListener<? super E> listener) {
        keep(owner, listener, source);
        source.addListener(new WeakListChangeListener<>(listener));
    }

    @SuppressWarnings("unchecked")
    private static void keep(Node owner, Object listener, Object source) {
        // the source too: a binding made for this node alone is held by nothing else (its own sources hold it
        // weakly)
        List<Object> kept = (List<Object>) owner.getProperties().computeIfAbsent(KEY, k -> new ArrayList<>());
        kept.add(listener);
        kept.add(source);
    }
}
