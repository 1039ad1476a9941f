package org.socketlab.ui.window;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.socketlab.ui.settings.Theme;

/**
 * The window's arrangement, decided from its size and the user's choices: zoom, presentation mode,
 * full screen, theme, whether the side panes (lesson, code, log, kernel, diagram) show and whether beside or
 * over the cards, and how dense the cards are.
 * Zoom changes the type size; the cards reflow and fold secondary parts as the room in em shrinks.
 */
public final class LayoutViewModel {
    /** The zoom steps, in percent. */
    public static final int[] LEVELS = {75, 90, 100, 110, 125, 150, 175, 200};
    /** The type size at 100%, in pixels. */
    public static final double BASE_FONT_PX = 14;
    /** Presentation mode shows everything a quarter larger than the zoom chosen. */
    static final double PRESENTATION_FACTOR = 1.25;
    /** Below this height or width, in em, the cards are compact; below the second pair, tight. */
    static final double COMPACT_HEIGHT_EM = 64;
    static final double COMPACT_WIDTH_EM = 100;
    static final double TIGHT_HEIGHT_EM = 42;
    static final double TIGHT_WIDTH_EM = 62;
    /**
     * The side panes show by themselves, beside the cards, only where the cards keep enough width beside
     * them; elsewhere F9 shows them over the cards.
     */
    static final double SIDE_PANES_WIDTH_EM = 88;
    private static final int NORMAL = 2;

    private final IntegerProperty level = new SimpleIntegerProperty(NORMAL);
    private final BooleanProperty presentation = new SimpleBooleanProperty();
    private final BooleanProperty fullScreen = new SimpleBooleanProperty();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final BooleanProperty selectorView = new SimpleBooleanProperty();
    /** null: the window decides from its width; true or false: the user's choice (F9). */
    private final ObjectProperty<Boolean> sidePanesChoice = new SimpleObjectProperty<>();
    private final DoubleProperty width = new SimpleDoubleProperty(1600);
    private final DoubleProperty height = new SimpleDoubleProperty(1000);

    private final IntegerBinding zoomPercent = Bindings.createIntegerBinding(() -> (int) Math.round(
            LEVELS[level.get()] * (presentation.get() ? PRESENTATION_FACTOR : 1)), level, presentation);
    private final ObjectBinding<Density> density = Bindings.createObjectBinding(this::decideDensity,
            zoomPercent, width, height);
    private final BooleanBinding sidePanesShown = Bindings.createBooleanBinding(this::decideSidePanes,
            sidePanesChoice, presentation, zoomPercent, width, height);
    private final BooleanBinding sidePanesOver = Bindings.createBooleanBinding(() -> !roomBeside(),
            zoomPercent, width, height);

    public void zoomIn() {
        level.set(Math.min(level.get() + 1, LEVELS.length - 1));
    }

    public void zoomOut() {
        level.set(Math.max(level.get() - 1, 0));
    }

    public void zoomReset() {
        level.set(NORMAL);
    }

    /** F5: presentation mode (large type, sockets and narration only) and full screen, or back. */
    public void togglePresentation() {
        boolean on = !presentation.get();
        presentation.set(on);
        fullScreen.set(on);
    }

    /** F11: full screen in any mode. */
    public void toggleFullScreen() {
        fullScreen.set(!fullScreen.get());
    }

    /** F9: shows the side panes if hidden, hides them if shown; the choice then holds at any size. */
    public void toggleSidePanes() {
        sidePanesChoice.set(!sidePanesShown.get());
    }

    /** Esc: closes the side panes where they lie over the cards; whether it did. */
    public boolean closeSidePanesOver() {
        if (!sidePanesOver.get() || !sidePanesShown.get()) {
            return false;
        }
        sidePanesChoice.set(false);
        return true;
    }

    /** The window's content size in pixels, as the view measures it. */
    public void resize(double widthPx, double heightPx) {
        width.set(widthPx);
        height.set(heightPx);
    }

    /** The zoom the user sees, in percent (presentation mode included). */
    public IntegerBinding zoomPercentProperty() {
        return zoomPercent;
    }

    /** The type size to use, in pixels; every size in the stylesheet is in em of it. */
    public double fontPx() {
        return BASE_FONT_PX * zoomPercent.get() / 100.0;
    }

    public ObjectBinding<Density> densityProperty() {
        return density;
    }

    public BooleanBinding sidePanesShownProperty() {
        return sidePanesShown;
    }

    /**
     * Whether the side panes, when shown, lie over the cards (a drawer at the right edge) rather than beside
     * them: where the cards would not keep enough width beside them. Closed, they leave the cards whole.
     */
    public BooleanBinding sidePanesOverProperty() {
        return sidePanesOver;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** Whether the window is full screen; the view follows it and reports when the user leaves (Esc). */
    public BooleanProperty fullScreenProperty() {
        return fullScreen;
    }

    /** Whether each card shows what the selector sees (interest, readiness, a naive loop's wake-ups). */
    public BooleanProperty selectorViewProperty() {
        return selectorView;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    private Density decideDensity() {
        double w = width.get() / fontPx();
        double h = height.get() / fontPx();
        if (h < TIGHT_HEIGHT_EM || w < TIGHT_WIDTH_EM) {
            return Density.TIGHT;
        }
        if (h < COMPACT_HEIGHT_EM || w < COMPACT_WIDTH_EM) {
            return Density.COMPACT;
        }
        return Density.ROOMY;
    }

    private boolean decideSidePanes() {
        if (presentation.get()) {
            return false; // presentation shows the sockets and the narration only
        }
        if (sidePanesChoice.get() != null) {
            return sidePanesChoice.get();
        }
        return roomBeside();
    }

    /** Whether the cards keep enough width beside the side panes. */
    private boolean roomBeside() {
        return decideDensity() != Density.TIGHT && width.get() / fontPx() >= SIDE_PANES_WIDTH_EM;
    }
}
