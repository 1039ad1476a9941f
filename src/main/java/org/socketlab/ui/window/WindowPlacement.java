package org.socketlab.ui.window;

import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window opens: inside the screen's visual bounds (maximised when the screen is smaller than
 * the preferred size), never at negative coordinates, and where the user last left it on a screen of
 * the same size. Placements are remembered per screen size in the user's preferences.
 */
final class WindowPlacement {
    static final double PREFERRED_WIDTH = 1600;
    static final double PREFERRED_HEIGHT = 1000;

    private final Preferences memory;

    /** @param memory where placements are kept, or null to remember nothing (tests) */
    WindowPlacement(Preferences memory) {
        this.memory = memory;
    }

    /** The user's preferences node for SocketLab, unless {@code -Dsocketlab.window.memory=false}. */
    static WindowPlacement forUser() {
        boolean remember = !"false".equals(System.getProperty("socketlab.window.memory"));
        return new WindowPlacement(remember ? Preferences.userRoot().node("org/socketlab/window") : null);
    }

    /** The rectangle to open in on a screen with these visual bounds; maximised if it fills them. */
    Rectangle2D placeOn(Rectangle2D screen) {
        Rectangle2D saved = recall(screen);
        if (saved != null) {
            return saved;
        }
        double w = Math.min(PREFERRED_WIDTH, screen.getWidth());
        double h = Math.min(PREFERRED_HEIGHT, screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    /** Sizes and places the stage on its primary screen before it shows, and remembers it when it hides. */
    void apply(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D at = placeOn(screen);
        stage.setX(at.getMinX());
        stage.setY(at.getMinY());
        stage.setWidth(at.getWidth());
        stage.setHeight(at.getHeight());
        stage.setMaximized(fills(at, screen));
        stage.setOnHiding(e -> remember(screen, stage));
    }

    static boolean fills(Rectangle2D at, Rectangle2D screen) {
        return at.getWidth() >= screen.getWidth() && at.getHeight() >= screen.getHeight();
    }

    private void remember(Rectangle2D screen, Stage stage) {
        if (memory == null || stage.isFullScreen()) {
            return;
        }
        Rectangle2D at = stage.isMaximized() ? screen
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        memory.put(key(screen), String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f",
                at.getMinX(), at.getMinY(), at.getWidth(), at.getHeight()));
    }

    /** The placement remembered for this screen size, if it still lies wholly inside the screen. */
    private Rectangle2D recall(Rectangle2D screen) {
        if (memory == null) {
            return null;
        }
        String[] parts = memory.get(key(screen), "").split(",");
        if (parts.length != 4) {
            return null;
        }
        try {
            Rectangle2D at = new Rectangle2D(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
            return screen.contains(at) && at.getWidth() >= 400 && at.getHeight() >= 300 ? at : null;
        } catch (IllegalArgumentException e) { // a number that does not parse, or a negative size
            return null;
        }
    }

    private static String key(Rectangle2D screen) {
        return String.format(Locale.ROOT, "screen-%.0fx%.0f", screen.getWidth(), screen.getHeight());
    }
}
