package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A wrapped label is measured once per width while what it shows stays the same, and again, with the right
 * answer, as soon as its text, font or padding changes.
 */
@ExtendWith(ApplicationExtension.class)
class MeasuredLabelSkinTest {
    private static final String SHORT = "read() returned 4";
    private static final String LONG = "read() returned 4: 4 bytes taken from the kernel. TCP keeps no message"
            + " boundaries: this may be several sends, or part of one.";

    private Label label;
    private MeasuredLabelSkin skin;

    @Start
    void start(Stage stage) {
        label = new Label(SHORT);
        label.setWrapText(true);
        skin = new MeasuredLabelSkin(label);
        label.setSkin(skin);
        stage.setScene(new Scene(new StackPane(label), 400, 300));
    }

    /** The same label measured as JavaFX's own skin measures it. */
    private static double plainHeight(Label like, double width) {
        Label plain = new Label(like.getText());
        plain.setWrapText(true);
        plain.setFont(like.getFont());
        plain.setPadding(like.getPadding());
        new Scene(new StackPane(plain));
        plain.applyCss();
        return plain.prefHeight(width);
    }

    @Test
    void askedAgainItAnswersFromWhatItMeasured() {
        WindowDriver.fx(() -> {
            label.applyCss();
            long before = skin.measured();
            double first = label.prefHeight(120);
            for (int i = 0; i < 5; i++) {
                assertThat(label.prefHeight(120)).isEqualTo(first);
                label.minHeight(120);
            }
            assertThat(skin.measured() - before).as("measurements for one width, pref and min").isEqualTo(2);
            assertThat(first).isEqualTo(plainHeight(label, 120));
        });
    }

    @Test
    void aNewTextFontOrPaddingIsMeasuredAgain() {
        WindowDriver.fx(() -> {
            label.applyCss();
            double oneLine = label.prefHeight(120);
            label.setText(LONG);
            double wrapped = label.prefHeight(120);
            assertThat(wrapped).as("the long text wraps").isGreaterThan(oneLine)
                    .isEqualTo(plainHeight(label, 120));
            label.setFont(Font.font(label.getFont().getFamily(), label.getFont().getSize() * 2));
            assertThat(label.prefHeight(120)).as("a larger font").isGreaterThan(wrapped)
                    .isEqualTo(plainHeight(label, 120));
            label.setPadding(new javafx.geometry.Insets(10));
            assertThat(label.prefHeight(120)).isEqualTo(plainHeight(label, 120));
            assertThat(label.prefHeight(300)).as("another width").isEqualTo(plainHeight(label, 300));
        });
    }
}
