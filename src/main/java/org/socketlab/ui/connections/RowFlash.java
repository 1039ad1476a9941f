package org.socketlab.ui.connections;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.util.Duration;

/**
 * Lights a table row that just appeared or changed: its table row carries the pseudo-class {@code :flash}
 * for {@link #FLASH}, renewed by every further change. The lit rows are kept here, not in the cells, so
 * a row scrolled into sight while lit shows it too.
 */
final class RowFlash {
    /** How long a new or changed row stays lit. */
    static final Duration FLASH = Duration.seconds(1);
    /** What a lit row carries: {@code :flash} (connections.css). */
    static final PseudoClass LIT = PseudoClass.getPseudoClass("flash");

    private final ObservableSet<ConnectionRow> lit =
            FXCollections.observableSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private final Map<ConnectionRow, PauseTransition> timers = new IdentityHashMap<>();

    void flash(ConnectionRow row) {
        timers.computeIfAbsent(row, r -> {
            PauseTransition dark = new PauseTransition(FLASH);
            dark.setOnFinished(e -> {
                timers.remove(r);
                lit.remove(r);
            });
            return dark;
        }).playFromStart();
        lit.add(row);
    }

    boolean isLit(ConnectionRow row) {
        return lit.contains(row);
    }

    /** A table row that shows whether its item is lit. */
    TableRow<ConnectionRow> newRow() {
        return new TableRow<>() {
            {
                lit.addListener((InvalidationListener) o -> mark());
            }

            @Override
            protected void updateItem(ConnectionRow item, boolean empty) {
                super.updateItem(item, empty);
                mark();
            }

            private void mark() {
                // a pseudo-class, not a style class: a class of 200 lights every row in sight at once, and a
                // pseudo-class only moves the row between styles it has already matched
                pseudoClassStateChanged(LIT, !isEmpty() && getItem() != null && lit.contains(getItem()));
            }
        };
    }
}
