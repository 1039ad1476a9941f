package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text colour of every theme meets WCAG AA (contrast 4.5:1) on the surfaces the stylesheets draw
 * it on, the greyed OnOutOfBandData chip and stale answers included.
 */
class PaletteContrastTest {
    static final double AA = 4.5;

    /** Text colour, then the backgrounds it appears on (see socketlab.css and teach.css). */
    private static final List<List<String>> PAIRS = List.of(
            List.of("-sl-text", "-sl-bg", "-sl-surface", "-sl-surface-2", "-sl-ok-bg", "-sl-would-block-bg",
                    "-sl-error-bg"),
            List.of("-sl-text-muted", "-sl-bg", "-sl-surface", "-sl-surface-2", "-sl-neutral-bg", "-sl-ok-bg",
                    "-sl-would-block-bg", "-sl-error-bg"),
            List.of("-sl-text-faint", "-sl-bg", "-sl-surface", "-sl-surface-2"),
            List.of("-sl-ok", "-sl-ok-bg", "-sl-surface", "-sl-surface-2"),
            List.of("-sl-would-block", "-sl-would-block-bg", "-sl-surface", "-sl-surface-2"),
            List.of("-sl-error", "-sl-error-bg", "-sl-surface", "-sl-surface-2"),
            List.of("-sl-server", "-sl-surface", "-sl-surface-2"),
            List.of("-sl-worker", "-sl-surface"),
            List.of("-sl-client", "-sl-surface"),
            List.of("-sl-selector", "-sl-selector-bg"),
            List.of("-sl-warning", "-sl-warning-bg"),
            List.of("-sl-lesson", "-sl-surface"));

    @ParameterizedTest
    @ValueSource(strings = {"theme-light", "theme-dark", "theme-high-contrast"})
    void everyTextMeetsAa(String theme) throws IOException {
        Map<String, String> palette = palette(theme);
        for (List<String> pair : PAIRS) {
            String text = pair.get(0);
            for (String background : pair.subList(1, pair.size())) {
                double ratio = contrast(colour(palette, text), colour(palette, background));
                assertThat(ratio).as("%s: %s %s on %s %s", theme, text, palette.get(text), background,
                        palette.get(background)).isGreaterThanOrEqualTo(AA);
            }
        }
    }

    /** The looked-up colours one theme defines (the light theme is also the root's default). */
    static Map<String, String> palette(String theme) throws IOException {
        String css;
        try (InputStream in = PaletteContrastTest.class.getResourceAsStream("/css/palette.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher block = Pattern.compile("\\.lab-root[^{]*\\." + theme + "\\s*\\{([^}]*)}").matcher(css);
        assertThat(block.find()).as("a block for %s", theme).isTrue();
        Map<String, String> colours = new HashMap<>();
        Matcher line = Pattern.compile("(-sl-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{6})").matcher(block.group(1));
        while (line.find()) {
            colours.put(line.group(1), line.group(2));
        }
        return colours;
    }

    private static String colour(Map<String, String> palette, String name) {
        assertThat(palette).as("the palette defines %s", name).containsKey(name);
        return palette.get(name);
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
