package org.socketlab.ui.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.socketlab.ui.window.WindowDriver;

/**
 * Code on a narrow card wraps between tokens only: at every width every identifier stays whole on one
 * line ({@code configureBlocking}, never {@code configureBlocking(fal} / {@code se)}), nothing is lost,
 * and a line is wider than the room only when it is one token that no rule lets break.
 */
@ExtendWith(ApplicationExtension.class)
class CodeWrapTest {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|[0-9]+");
    private static final String CALLS = "ServerSocketChannel.open() returned sun.nio.ch.ServerSocketChannelImpl[unbound];"
            + " configureBlocking(false) returned ServerSocketChannelImpl[unbound]; register(selector, 0) returned"
            + " SelectionKey; read(buffer of 1024 bytes) returned 0";

    @Test
    void codeWrapsOnlyBetweenTokensAtEveryWidth() {
        Font mono = WindowDriver.fx(() -> Font.font("DejaVu Sans Mono", 14));
        for (double width = 40; width <= 700; width += 5) {
            double room = width;
            String wrapped = WindowDriver.fx(() -> CodeWrap.wrap(CALLS, mono, room));
            String as = "at " + room + " px:\n" + wrapped;
            List<String> lines = List.of(wrapped.split("\n"));
            assertThat(identifiers(lines)).as(as).isEqualTo(identifiers(List.of(CALLS)));
            assertThat(wrapped.replace("\n", "").replace(" ", "")).as(as).isEqualTo(CALLS.replace(" ", ""));
            for (String line : lines) {
                double w = WindowDriver.fx(() -> widthOf(line, mono));
                if (w > room) {
                    assertThat(breakOpportunities(line)).as(as + "\n'" + line + "' is wider than the room").isZero();
                }
            }
        }
    }

    @Test
    void withoutRoomOrTextTheCodeIsLeftAsItIs() {
        Font mono = WindowDriver.fx(() -> Font.font("DejaVu Sans Mono", 14));
        assertThat(WindowDriver.fx(() -> CodeWrap.wrap(CALLS, mono, 0))).isEqualTo(CALLS);
        assertThat(WindowDriver.fx(() -> CodeWrap.wrap("", mono, 100))).isEmpty();
        assertThat(WindowDriver.fx(() -> CodeWrap.wrap("configureBlocking(false)", mono, 2000)))
                .isEqualTo("configureBlocking(false)");
    }

    /** Every identifier and number of the lines, in order: a word cut in two would show as two others. */
    private static List<String> identifiers(List<String> lines) {
        List<String> all = new ArrayList<>();
        for (String line : lines) {
            Matcher m = IDENTIFIER.matcher(line);
            while (m.find()) {
                all.add(m.group());
            }
        }
        return all;
    }

    private static int breakOpportunities(String line) {
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(line);
        int inner = -1;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            inner++;
        }
        return inner;
    }

    private static double widthOf(String s, Font font) {
        Text probe = new Text(s);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
