package org.socketlab.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The light theme's colours, read from the window's own palette ({@code css/palette.css}, the block of
 * {@code .lab-root.theme-light}), so an exported drawing has the colours the window has.
 */
final class LightPalette {
    private static final Pattern COLOUR = Pattern.compile("(-sl-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;");
    private final Map<String, String> colours;

    private LightPalette(Map<String, String> colours) {
        this.colours = colours;
    }

    static LightPalette load() {
        try (InputStream in = LightPalette.class.getResourceAsStream("/css/palette.css")) {
            if (in == null) {
                throw new IllegalStateException("css/palette.css is missing");
            }
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = css.indexOf(".lab-root.theme-light");
            String block = css.substring(css.indexOf('{', start) + 1, css.indexOf('}', start));
            Map<String, String> colours = new HashMap<>();
            Matcher m = COLOUR.matcher(block);
            while (m.find()) {
                colours.put(m.group(1), m.group(2));
            }
            return new LightPalette(colours);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code get("-sl-ok")} → {@code #1b6e35}. */
    String get(String name) {
        String colour = colours.get(name);
        if (colour == null) {
            throw new IllegalArgumentException("no colour " + name + " in the light palette");
        }
        return colour;
    }
}
