package org.socketlab.ui.cards;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.socketlab.ui.window.LazyTooltip;
import org.socketlab.ui.window.NodeListeners;
import org.socketlab.ui.window.Styles;

/** Small signs of what happened: a button's last outcome as a mark, a counter that just changed. */
final class StatusMarks {
    private StatusMarks() {
    }

    /** The button carries its last answer's mark (✓, ◐, ✗) and the answer as its tooltip. */
    static void mark(Button button, ObservableValue<StatusView> view) {
        Label mark = new Label();
        mark.getStyleClass().add("step-mark");
        mark.textProperty().bind(Bindings.createStringBinding(() -> Styles.markOf(view.getValue().outcome()), view));
        Styles.follow(mark, "outcome-", view, Styles::ofOutcome);
        button.setGraphic(mark);
        button.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        LazyTooltip.install(button, () -> {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(Bindings.createStringBinding(() -> view.getValue().headline(), view));
            return tip;
        });
    }

    /** A counter that changes is highlighted for a moment. */
    static void flashOnChange(Label counter, ObservableValue<? extends Number> value) {
        NodeListeners.onChange(counter, value, (o, was, now) -> {
            if (now.intValue() > 0) {
                StatusFields.flash(counter.getParent());
            }
        });
    }
}
