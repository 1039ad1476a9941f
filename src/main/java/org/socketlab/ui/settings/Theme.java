package org.socketlab.ui.settings;

/** The window's colours: each maps to a style class on the root, whose palette the stylesheet defines. */
public enum Theme {
    LIGHT, DARK, HIGH_CONTRAST;

    /** {@code theme-light}, {@code theme-dark} or {@code theme-high-contrast}. */
    public String styleClass() {
        return "theme-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The key of the theme's name in the resource bundle. */
    public String textKey() {
        return "view." + styleClass();
    }
}
