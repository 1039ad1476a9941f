package org.socketlab.diagram;

import java.util.Set;

/**
 * The SVG's colours, written on each element as presentation attributes (every SVG reader honours them,
 * not only those with a full CSS engine), in the light palette's colours and by the same classes as the
 * window's {@code css/diagram.css}: outcomes ok green, would block amber, error red; the roles' colours on
 * the heads; data in the ok colour, FIN in the would-block colour, RST in the error colour; inferred
 * segments and notes dashed and in italics.
 */
final class SvgStyle {
    private final LightPalette p;

    SvgStyle(LightPalette palette) {
        this.p = palette;
    }

    /** The attributes for a shape of these style classes (the first names the kind of shape). */
    String attributes(String style) {
        String[] classes = style.split(" ");
        Set<String> has = Set.of(classes);
        boolean inferred = has.contains("inferred");
        return switch (classes[0]) {
            case "background" -> fill("-sl-surface");
            case "lifeline" -> stroke("-sl-border", 2) + " stroke-dasharray=\"8 6\"";
            case "lifeline-head" -> fill("-sl-surface-2") + stroke(role(has), 2);
            case "head-label" -> fill(role(has)) + " font-weight=\"bold\" font-size=\"18\"";
            case "call" -> fill(outcome(has) + "-bg") + stroke(outcome(has), 1.5);
            case "call-label" -> fill(outcome(has)) + " font-weight=\"bold\"";
            case "call-result" -> fill(outcome(has)) + " font-size=\"14.4\"";
            case "mark" -> fill("-sl-selector");
            case "mark-label" -> fill("-sl-selector") + " font-style=\"italic\"";
            case "wire" -> stroke(wire(has), has.contains("wire-data") || has.contains("wire-rst") ? 3 : 2)
                    + (inferred ? " stroke-dasharray=\"6 4\"" : "");
            case "head" -> fill(wire(has));
            case "wire-label" -> fill(wire(has)) + " font-weight=\"bold\"" + italic(inferred);
            case "note" -> fill("-sl-warning-bg") + stroke("-sl-warning", 1) + (inferred ? " stroke-dasharray=\"4 3\"" : "");
            case "note-label" -> fill("-sl-warning") + " font-size=\"14.4\"" + italic(inferred);
            case "legend" -> fill("-sl-text-muted") + italic(true);
            default -> fill("-sl-text");
        };
    }

    private static String role(Set<String> has) {
        for (String role : new String[] {"server", "client", "worker"}) {
            if (has.contains("role-" + role)) {
                return "-sl-" + role;
            }
        }
        return "-sl-text-muted";
    }

    private static String outcome(Set<String> has) {
        if (has.contains("outcome-ok")) {
            return "-sl-ok";
        }
        if (has.contains("outcome-would-block")) {
            return "-sl-would-block";
        }
        return has.contains("outcome-error") ? "-sl-error" : "-sl-neutral";
    }

    private static String wire(Set<String> has) {
        if (has.contains("wire-data")) {
            return "-sl-ok";
        }
        if (has.contains("wire-fin")) {
            return "-sl-would-block";
        }
        return has.contains("wire-rst") ? "-sl-error" : "-sl-text-muted";
    }

    private String fill(String colour) {
        return " fill=\"" + colour(colour) + "\"";
    }

    private String stroke(String colour, double width) {
        return " stroke=\"" + colour(colour) + "\" stroke-width=\"" + width + "\"";
    }

    private String colour(String name) {
        return name.equals("-sl-neutral") ? p.get("-sl-text-muted")
                : name.equals("-sl-neutral-bg") ? p.get("-sl-neutral-bg") : p.get(name);
    }

    private static String italic(boolean on) {
        return on ? " font-style=\"italic\"" : "";
    }
}
