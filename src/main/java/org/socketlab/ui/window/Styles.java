package org.socketlab.ui.window;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketState;
import org.socketlab.ui.cards.StatusView;

/** Maps the view models' typed values to style classes; the stylesheet decides what each looks like. */
public final class Styles {
    private Styles() {
    }

    /** {@code state-none} before the socket exists, else {@code state-connected}, {@code state-peer-closed}… */
    public static String ofState(SocketState state) {
        return state == null ? "state-none" : "state-" + state.word();
    }

    /** {@code outcome-none} before any click, else {@code outcome-ok}, {@code outcome-would-block}, {@code outcome-error}. */
    public static String ofOutcome(Outcome outcome) {
        return outcome == null ? "outcome-none" : "outcome-" + outcome.word();
    }

    public static String ofOutcome(StatusView view) {
        return ofOutcome(view.outcome());
    }

    /** The outcome's mark, so an outcome reads by shape as well as by colour and word. */
    public static String markOf(Outcome outcome) {
        return outcome == null ? "" : Texts.bundle().getString("outcome.mark." + outcome.word());
    }

    /** Keeps the node's one style class of the family {@code prefix} in step with the value. */
    public static <T> void follow(Node node, String prefix, ObservableValue<T> value, Function<T, String> style) {
        StyleClasses.swap(node, prefix, style.apply(value.getValue()));
        NodeListeners.onChange(node, value, (o, was, now) -> StyleClasses.swap(node, prefix, style.apply(now)));
    }

    /**
     * Adds or removes one style class as the condition changes, and only then: every change of a node's style
     * classes matches it against the whole stylesheet again.
     */
    public static void toggle(Node node, String styleClass, ObservableValue<Boolean> condition) {
        Runnable apply = () -> {
            boolean wanted = Boolean.TRUE.equals(condition.getValue());
            if (node.getStyleClass().contains(styleClass) != wanted) {
                if (wanted) {
                    node.getStyleClass().add(styleClass);
                } else {
                    node.getStyleClass().removeAll(styleClass);
                }
            }
        };
        apply.run();
        NodeListeners.onInvalidation(node, condition, o -> apply.run());
    }

    /**
     * The root's classes that choose fonts (fonts.css): the system ({@code os-linux}, {@code os-windows},
     * {@code os-mac}) and the window's language ({@code lang-en}, {@code lang-ko}).
     */
    public static java.util.List<String> systemAndLanguage() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String system = os.startsWith("windows") ? "os-windows" : os.startsWith("mac") ? "os-mac" : "os-linux";
        String language = Texts.bundle().getLocale().getLanguage();
        return java.util.List.of(system, "lang-" + (language.isEmpty() ? "en" : language));
    }
}
