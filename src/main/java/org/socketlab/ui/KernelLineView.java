package org.socketlab.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.socketlab.ui.model.KernelLine;

/** Binds a card's kernel line (and the server's accept-queue line) to the socket's {@link KernelLine}. */
final class KernelLineView {
    private KernelLineView() {
    }

    static void bind(Label line, Label queue, ObservableValue<KernelLine> kernel) {
        line.setId("kernel-line");
        line.textProperty().bind(Bindings.createStringBinding(() -> kernel.getValue().text(), kernel));
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.getStyleClass().add("kernel-tip");
        tip.textProperty().bind(Bindings.createStringBinding(() -> kernel.getValue().meaning() + "\n\n"
                + Texts.bundle().getString("kernel.tooltip"), kernel));
        line.setTooltip(tip);
        Visibility.showWhen(line, line.textProperty().isNotEmpty());
        Styles.toggle(line, "kernel-moving", Bindings.createBooleanBinding(() -> kernel.getValue().moving(), kernel));
        Styles.toggle(line, "kernel-after-close",
                Bindings.createBooleanBinding(() -> kernel.getValue().afterClose(), kernel));
        Styles.toggle(line, "kernel-inferred", Bindings.createBooleanBinding(() -> kernel.getValue().inferred(), kernel));
        if (queue != null) {
            queue.setId("kernel-queue");
            queue.textProperty().bind(Bindings.createStringBinding(() -> kernel.getValue().queue(), kernel));
            Visibility.showWhen(queue, queue.textProperty().isNotEmpty());
        }
    }
}
