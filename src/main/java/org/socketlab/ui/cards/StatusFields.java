package org.socketlab.ui.cards;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.socketlab.ui.window.LazyTooltip;
import org.socketlab.ui.window.NodeListeners;
import org.socketlab.ui.window.Styles;
import org.socketlab.ui.window.Visibility;

/**
 * Binds status fields: the lines of a {@link StatusView}, its outcome as a style class and a mark, a
 * stale answer dimmed, a renewed one flashed, the whole text in a tooltip.
 */
final class StatusFields {
    /** How long a renewed status stays highlighted. */
    static final Duration FLASH = Duration.millis(900);
    /** A field renewed within the last {@link #FLASH}. */
    static final PseudoClass RENEWED = PseudoClass.getPseudoClass("renewed");

    private StatusFields() {
    }

    /** A per-step field: summary, Java and explanation labels, in this order. */
    static void bind(VBox status, ObservableValue<StatusView> view) {
        Label summary = (Label) status.getChildren().get(0);
        Label java = (Label) status.getChildren().get(1);
        Label explanation = (Label) status.getChildren().get(2);
        lines(status, summary, java, explanation, view);
        NodeListeners.onChange(status, view, (o, was, now) -> flash(status));
    }

    /** The card's header: the socket's latest answer, its click number and time, flashed when renewed. */
    static void bindHeader(VBox header, Label summary, Label java, Label explanation, Label stamp,
                           ObservableValue<StatusView> view) {
        lines(header, summary, java, explanation, view);
        stamp.textProperty().bind(Bindings.createStringBinding(() -> view.getValue().stamp(), view));
        Visibility.showWhen(header, Bindings.createBooleanBinding(() -> view.getValue().number() > 0, view));
        NodeListeners.onChange(header, view, (o, was, now) -> flash(header));
    }

    private static void lines(VBox status, Label summary, Label java, Label explanation,
                              ObservableValue<StatusView> view) {
        summary.textProperty().bind(Bindings.createStringBinding(() -> view.getValue().summary(), view));
        Label mark = new Label();
        mark.getStyleClass().add("status-mark");
        mark.textProperty().bind(Bindings.createStringBinding(() -> Styles.markOf(view.getValue().outcome()), view));
        summary.setGraphic(mark);
        CodeWrap.bind(java, Bindings.createStringBinding(() -> view.getValue().java(), view));
        explanation.textProperty().bind(Bindings.createStringBinding(() -> view.getValue().explanation(), view));
        LazyTooltip.install(status, () -> {
            Tooltip tip = new Tooltip();
            tip.setWrapText(true);
            tip.setMaxWidth(640);
            tip.textProperty().bind(Bindings.createStringBinding(() -> {
                StatusView v = view.getValue();
                return v.number() == 0 ? "" : String.join("\n", v.stamp(), v.summary(), v.java(), v.explanation()).strip();
            }, view));
            return tip;
        });
        Styles.follow(status, "outcome-", view, Styles::ofOutcome);
        Styles.toggle(status, "stale", Bindings.createBooleanBinding(() -> view.getValue().stale(), view));
    }

    /**
     * Highlights a field for a moment, so a repeated click visibly renews it; a renewal while it is lit
     * lights it for the whole moment again. A pseudo-class, not a style class: a style class change matches
     * the field against the whole stylesheet at once, and a class of hundreds renews the server's answer
     * hundreds of times a second.
     */
    static void flash(Node node) {
        PauseTransition fade = (PauseTransition) node.getProperties().computeIfAbsent(PauseTransition.class, k -> {
            PauseTransition f = new PauseTransition(FLASH);
            f.setOnFinished(e -> node.pseudoClassStateChanged(RENEWED, false));
            return f;
        });
        node.pseudoClassStateChanged(RENEWED, true);
        fade.playFromStart();
    }
}
