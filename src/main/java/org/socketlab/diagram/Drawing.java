package org.socketlab.diagram;

import java.util.List;

/**
 * A laid-out diagram: shapes with coordinates in em (one em is the drawing's type size), so a renderer
 * scales it by the type size and zoom reflows rather than blurs. Each shape carries its style classes
 * (space-separated, e.g. {@code call outcome-ok}); the stylesheet or the SVG's style block colours them.
 */
public record Drawing(double width, double height, List<Shape> shapes) {
    public static final Drawing EMPTY = new Drawing(0, 0, List.of());

    public Drawing {
        shapes = List.copyOf(shapes);
    }

    /** Where a text stands relative to its x. */
    public enum Anchor { START, MIDDLE, END }

    /** One primitive of the drawing. */
    public sealed interface Shape permits Rect, Line, Arrow, Text, Dot {
        String style();
    }

    /** A box with rounded corners. */
    public record Rect(double x, double y, double w, double h, String style) implements Shape {
    }

    /** A plain line (a lifeline). */
    public record Line(double x1, double y1, double x2, double y2, String style) implements Shape {
    }

    /** A line with an arrow head at its end (a segment on the wire). */
    public record Arrow(double x1, double y1, double x2, double y2, String style) implements Shape {
        /** The head's three corners, x0 y0 x1 y1 x2 y2: the tip and the two barbs, {@code size} em long. */
        public double[] head(double size) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double len = Math.hypot(dx, dy);
            double ux = dx / len;
            double uy = dy / len;
            double bx = x2 - ux * size;
            double by = y2 - uy * size;
            double half = size * 0.45;
            return new double[] {x2, y2, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half};
        }
    }

    /** A text whose baseline is at y. */
    public record Text(double x, double y, String text, Anchor anchor, String style) implements Shape {
    }

    /** A filled circle (a notification mark). */
    public record Dot(double x, double y, double r, String style) implements Shape {
    }

    /** Every text drawn, in drawing order. */
    public List<String> texts() {
        return shapes.stream().filter(Text.class::isInstance).map(s -> ((Text) s).text()).toList();
    }
}
