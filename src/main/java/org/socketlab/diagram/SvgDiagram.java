package org.socketlab.diagram;

import java.util.Locale;

/**
 * Writes a {@link Drawing} as SVG: a real drawing (rectangles, lines, polygons, and every text as a
 * {@code <text>} element, XML-escaped), coloured in the light theme's palette ({@link SvgStyle}). One em
 * of the drawing is {@value #EM} px.
 */
public final class SvgDiagram {
    /** Pixels per em in the SVG. */
    public static final double EM = 16;
    private static final double HEAD = 0.7;

    private SvgDiagram() {
    }

    /** The whole SVG document. */
    public static String of(Drawing d) {
        StringBuilder out = new StringBuilder(4096 + d.shapes().size() * 120);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(d.width()))
                .append("\" height=\"").append(n(d.height())).append("\" viewBox=\"0 0 ").append(n(d.width()))
                .append(' ').append(n(d.height())).append("\" font-family=\"'DejaVu Sans', 'Segoe UI', Arial, sans-serif\"")
                .append(" font-size=\"").append(n(1)).append("\">\n");
        SvgStyle style = new SvgStyle(LightPalette.load());
        out.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"100%\" height=\"100%\"")
                .append(style.attributes("background")).append("/>\n");
        for (Drawing.Shape s : d.shapes()) {
            shape(s, style, out);
        }
        return out.append("</svg>\n").toString();
    }

    private static void shape(Drawing.Shape s, SvgStyle style, StringBuilder out) {
        String cls = " class=\"" + escape(s.style()) + "\"" + style.attributes(s.style());
        if (s instanceof Drawing.Rect r) {
            out.append("<rect").append(cls).append(" x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
                    .append("\" width=\"").append(n(r.w())).append("\" height=\"").append(n(r.h()))
                    .append("\" rx=\"").append(n(0.35)).append("\"/>\n");
        } else if (s instanceof Drawing.Line l) {
            line(l.x1(), l.y1(), l.x2(), l.y2(), cls, out);
        } else if (s instanceof Drawing.Arrow a) {
            line(a.x1(), a.y1(), a.x2(), a.y2(), cls, out);
            double[] h = a.head(HEAD);
            out.append("<polygon class=\"head ").append(escape(s.style())).append('"')
                    .append(style.attributes("head " + s.style())).append(" points=\"");
            for (int i = 0; i < h.length; i += 2) {
                out.append(i == 0 ? "" : " ").append(n(h[i])).append(',').append(n(h[i + 1]));
            }
            out.append("\"/>\n");
        } else if (s instanceof Drawing.Text t) {
            String anchor = switch (t.anchor()) {
                case START -> "start";
                case MIDDLE -> "middle";
                case END -> "end";
            };
            out.append("<text").append(cls).append(" x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y()))
                    .append("\" text-anchor=\"").append(anchor).append("\">").append(escape(t.text())).append("</text>\n");
        } else if (s instanceof Drawing.Dot c) {
            out.append("<circle").append(cls).append(" cx=\"").append(n(c.x())).append("\" cy=\"").append(n(c.y()))
                    .append("\" r=\"").append(n(c.r())).append("\"/>\n");
        }
    }

    private static void line(double x1, double y1, double x2, double y2, String cls, StringBuilder out) {
        out.append("<line").append(cls).append(" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
                .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append("\"/>\n");
    }

    /** An em length in px, at most two decimals. */
    private static String n(double em) {
        String s = String.format(Locale.ROOT, "%.2f", em * EM);
        return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s;
    }

    /** Text made safe inside an element or an attribute; characters XML 1.0 forbids are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
