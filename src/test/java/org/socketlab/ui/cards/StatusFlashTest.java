package org.socketlab.ui.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socketlab.ui.window.WindowDriver;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A renewed answer lights up for a moment, and a renewal while it is lit lights it for the whole moment
 * again, without touching the field's style classes: each change of those would match the field against the
 * whole stylesheet, and a class renews the server's answer hundreds of times a second.
 */
@ExtendWith(ApplicationExtension.class)
class StatusFlashTest {
    @Start
    void start(Stage stage) {
        // the toolkit only: the field is never put on a stage
    }

    @Test
    void aRenewedFieldIsLitByAPseudoClassThatFades() {
        VBox field = new VBox();
        AtomicInteger styleChanges = new AtomicInteger();
        field.getStyleClass().addListener((ListChangeListener<String>) c -> styleChanges.incrementAndGet());

        WindowDriver.fx(() -> {
            for (int i = 0; i < 100; i++) {
                StatusFields.flash(field);
            }
            return null;
        });
        assertThat(field.getPseudoClassStates()).contains(StatusFields.RENEWED);
        assertThat(styleChanges).hasValue(0);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (WindowDriver.fx(() -> field.getPseudoClassStates().contains(StatusFields.RENEWED))
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(field.getPseudoClassStates()).as("faded").doesNotContain(StatusFields.RENEWED);
    }
}
