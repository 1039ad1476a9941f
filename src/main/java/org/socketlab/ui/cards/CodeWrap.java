package org.socketlab.ui.cards;

import java.text.BreakIterator;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.socketlab.ui.window.NodeListeners;

/**
 * Code on a card (a step's calls, e.g. {@code open() returned …; configureBlocking(false) returned …})
 * wraps only between tokens — at spaces, after a dot, before a parenthesis — never inside an identifier.
 * JavaFX wraps Latin text at spaces only and cuts a word longer than the line wherever the line ends
 * ({@code configureBlocking(fal} / {@code se)}); here the label does not wrap and its text gets its line
 * breaks where the line-break rules allow one, for the width the label has. A single token longer than
 * the line is ellipsized, not cut. The label takes the width its container gives and asks for none, so
 * wrapping never feeds back into the card's width. Its accessible text is the code unbroken.
 */
final class CodeWrap {
    /** Layout snaps to pixels: a line this close to the width still fits. */
    private static final double SLACK = 1;

    private CodeWrap() {
    }

    static void bind(Label label, ObservableValue<String> code) {
        label.setWrapText(false);
        label.setMinWidth(0);
        label.setPrefWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        Runnable show = () -> {
            double room = label.getWidth() - label.getInsets().getLeft() - label.getInsets().getRight();
            label.setText(wrap(code.getValue(), label.getFont(), room));
            label.setAccessibleText(code.getValue()); // read as the one line it is
        };
        NodeListeners.onChange(label, code, (o, was, now) -> show.run());
        label.widthProperty().addListener((o, was, now) -> show.run());
        label.fontProperty().addListener((o, was, now) -> show.run());
        show.run();
    }

    /** {@code text} with a line break before each token that would not fit on its line; as is without room. */
    static String wrap(String text, Font font, double width) {
        if (text == null || text.isEmpty() || width <= 0) {
            return text == null ? "" : text;
        }
        Text probe = new Text();
        probe.setFont(font);
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String token = text.substring(start, end);
            if (line.length() > 0 && widthOf(probe, line + token.stripTrailing()) > width - SLACK) {
                out.append(line.toString().stripTrailing()).append('\n');
                line.setLength(0);
            }
            line.append(token);
        }
        return out.append(line.toString().stripTrailing()).toString();
    }

    private static double widthOf(Text probe, String s) {
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }
}
