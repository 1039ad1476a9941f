package org.socketlab.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a {@link SequenceDiagram} (pure: no toolkit, no state): one column per lifeline, a head box with
 * its name, a dashed line down; then one row per item, top to bottom in time order: a call as a box on
 * its lifeline (the outcome's glyph and the button, the result under it), a notification as a dot and its
 * name, a segment as an arrow between two lifelines sloping down as it travels with its label above, a
 * note as a small box. Sizes are in em; text widths are estimated generously so boxes hold their text.
 */
public final class DiagramLayout {
    /** Width of one lifeline's column. */
    public static final double COLUMN = 13;
    static final double MARGIN = 1;
    static final double HEAD = 2.2;
    /** Estimated width of one character, in em (a sans-serif average, rounded up). */
    static final double CHAR = 0.56;
    private static final double ARROW_DROP = 0.5;

    private final DiagramTexts texts;

    public DiagramLayout(DiagramTexts texts) {
        this.texts = texts;
    }

    /** Lays the diagram out. */
    public Drawing lay(SequenceDiagram d) {
        List<Drawing.Shape> shapes = new ArrayList<>();
        double y = MARGIN + HEAD + 0.8;
        for (DiagramItem item : d.items()) {
            y = place(item, d, y, shapes);
        }
        double bottom = y + 0.6;
        List<Drawing.Shape> heads = new ArrayList<>();
        for (int i = 0; i < d.lifelines().size(); i++) {
            Lifeline l = d.lifelines().get(i);
            double x = x(i);
            String role = " role-" + l.role().word();
            heads.add(new Drawing.Line(x, MARGIN + HEAD, x, bottom, "lifeline" + role));
            heads.add(new Drawing.Rect(x - COLUMN / 2 + 1, MARGIN, COLUMN - 2, HEAD, "lifeline-head" + role));
            heads.add(new Drawing.Text(x, MARGIN + HEAD * 0.68, l.id(), Drawing.Anchor.MIDDLE, "head-label" + role));
        }
        heads.addAll(shapes);
        if (d.inferred()) {
            heads.add(new Drawing.Text(MARGIN, bottom + 1.2, texts.inferredLegend(), Drawing.Anchor.START, "legend"));
            bottom += 1.6;
        }
        double width = Math.max(2 * MARGIN + COLUMN * d.lifelines().size(), d.inferred() ? 40 : 0);
        return new Drawing(width, bottom + MARGIN, heads);
    }

    /** The centre of column {@code i}. */
    static double x(int i) {
        return MARGIN + COLUMN * (i + 0.5);
    }

    private double place(DiagramItem item, SequenceDiagram d, double y, List<Drawing.Shape> out) {
        if (item instanceof DiagramItem.Call c) {
            double x = x(d.column(c.lifeline()));
            String head = texts.glyph(c.outcome()) + " " + c.label();
            double w = Math.min(COLUMN - 0.4, Math.max(7, CHAR * Math.max(head.length(), 0.9 * c.result().length()) + 1.2));
            String outcome = " outcome-" + (c.outcome() == null ? "none" : c.outcome().word());
            out.add(new Drawing.Rect(x - w / 2, y, w, 2.5, "call" + outcome));
            out.add(new Drawing.Text(x, y + 1.05, head, Drawing.Anchor.MIDDLE, "call-label" + outcome));
            out.add(new Drawing.Text(x, y + 2.1, c.result(), Drawing.Anchor.MIDDLE, "call-result" + outcome));
            return y + 3.0;
        }
        if (item instanceof DiagramItem.Mark m) {
            double x = x(d.column(m.lifeline()));
            String kind = " mark-" + m.notification().word();
            out.add(new Drawing.Dot(x, y + 0.6, 0.32, "mark" + kind));
            out.add(new Drawing.Text(x + 0.6, y + 0.95, m.label(), Drawing.Anchor.START, "mark-label" + kind));
            return y + 1.5;
        }
        if (item instanceof DiagramItem.Wire w) {
            double from = x(d.column(w.from()));
            double to = x(d.column(w.to()));
            String style = " wire-" + w.segment().word() + (w.inferred() ? " inferred" : "");
            double y0 = y + 1.3;
            out.add(new Drawing.Arrow(from, y0, to, y0 + ARROW_DROP, "wire" + style));
            double mid = (from + to) / 2;
            out.add(new Drawing.Text(mid, y + 0.95, w.label(), Drawing.Anchor.MIDDLE, "wire-label" + style));
            return y + 2.2;
        }
        DiagramItem.Note n = (DiagramItem.Note) item;
        double x = x(d.column(n.lifeline()));
        double w = CHAR * n.text().length() + 1.2;
        String style = n.inferred() ? " inferred" : "";
        out.add(new Drawing.Rect(x - w / 2, y + 0.2, w, 1.5, "note" + style));
        out.add(new Drawing.Text(x, y + 1.27, n.text(), Drawing.Anchor.MIDDLE, "note-label" + style));
        return y + 2.0;
    }
}
