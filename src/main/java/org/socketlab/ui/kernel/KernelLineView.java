package org.socketlab.ui.kernel;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.socketlab.ui.window.Density;
import org.socketlab.ui.window.Styles;
import org.socketlab.ui.window.Texts;
import org.socketlab.ui.window.Visibility;

/** Binds a card's kernel line (and the server's accept-queue line) to the socket's {@link KernelLine}. */
public final class KernelLineView {
    private KernelLineView() {
    }

    /**
     * Where room is tight (density {@link Density#TIGHT}) the line is brief, and folds away when it says
     * nothing new ({@link KernelLine#plain()}); the tooltip and the Kernel tab say all.
     */
    public static void bind(Label line, Label queue, ObservableValue<KernelLine> kernel, ObservableValue<Density> density) {
        line.setId("kernel-line");
        line.textProperty().bind(Bindings.createStringBinding(() -> density.getValue() == Density.TIGHT
                ? kernel.getValue().brief() : kernel.getValue().text(), kernel, density));
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.getStyleClass().add("kernel-tip");
        tip.textProperty().bind(Bindings.createStringBinding(() -> kernel.getValue().text() + "\n"
                + kernel.getValue().meaning() + "\n\n" + about(kernel.getValue()), kernel));
        line.setTooltip(tip);
        // Tight on room, a line that tells nothing the card does not folds away (the Kernel tab still lists it).
        Visibility.showWhen(line, Bindings.createBooleanBinding(() -> !kernel.getValue().text().isEmpty()
                && !(density.getValue() == Density.TIGHT && kernel.getValue().plain()), kernel, density));
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

    /** Where the line was read and what its figures mean on this system. */
    private static String about(KernelLine kernel) {
        return kernel.about().isEmpty() ? Texts.bundle().getString("kernel.tooltip") : kernel.about();
    }
}
