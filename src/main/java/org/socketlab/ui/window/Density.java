package org.socketlab.ui.window;

/**
 * How much the window can show at its size and zoom. The view maps each to a style class on the root
 * ({@code density-roomy}, {@code density-compact}, {@code density-tight}) and folds secondary parts.
 */
public enum Density {
    /** Room for everything: each step's own status field and the received data stay open. */
    ROOMY,
    /** A laptop screen: per-step fields and received data fold behind each card's Details. */
    COMPACT,
    /** A projector or a high zoom: also the column titles, addresses and explanations fold. */
    TIGHT;

    /** The style class the view puts on the window's root. */
    public String styleClass() {
        return "density-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
