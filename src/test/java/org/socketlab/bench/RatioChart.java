package org.socketlab.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The summary as a PNG: one horizontal bar per figure that has a ratio, drawn from the 1× line (as fast,
 * as small as the baseline) on a logarithmic axis, so that 2× and ½× are as long; right of the line
 * SocketLab costs more than its baseline. Drawn with java.awt into a BufferedImage (works headless).
 */
final class RatioChart {
    private static final int WIDTH = 1100;
    private static final int LABEL_WIDTH = 470;
    private static final int ROW = 34;
    private static final int TOP = 70;
    private static final int BOTTOM = 60;
    private static final Color MORE = new Color(0xD9, 0x6C, 0x1E);
    private static final Color LESS = new Color(0x2B, 0x7B, 0xB9);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private RatioChart() {
    }

    static void write(List<Figure> figures, String caption, Path png) throws IOException {
        List<Figure> bars = figures.stream().filter(f -> Double.isFinite(f.bar()) && f.bar() > 0).toList();
        int height = TOP + ROW * Math.max(1, bars.size()) + BOTTOM;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
        g.drawString("SocketLab ÷ its baseline, measured in the same run (log scale)", 16, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(caption, 16, 50);

        double lo = Math.min(0.5, bars.stream().mapToDouble(Figure::bar).min().orElse(1) / 1.5);
        double hi = Math.max(2, bars.stream().mapToDouble(Figure::bar).max().orElse(1) * 1.6);
        int left = LABEL_WIDTH + 10;
        int right = WIDTH - 80; // room for the longest bar's ratio
        Axis axis = new Axis(Math.log10(lo), Math.log10(hi), left, right);
        int bottom = TOP + ROW * bars.size();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double tick : ticks(lo, hi)) {
            int x = axis.x(tick);
            g.setColor(GRID);
            g.drawLine(x, TOP - 6, x, bottom);
            g.setColor(INK);
            String text = (tick >= 1 ? String.format(Locale.ROOT, "%.0f", tick) : String.format(Locale.ROOT, "%s",
                    tick)) + "×";
            g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, bottom + 18);
        }
        for (int i = 0; i < bars.size(); i++) {
            Figure f = bars.get(i);
            int y = TOP + i * ROW;
            int x0 = axis.x(1);
            int x1 = axis.x(f.bar());
            g.setColor(f.bar() >= 1 ? MORE : LESS);
            g.fillRect(Math.min(x0, x1), y + 6, Math.max(2, Math.abs(x1 - x0)), ROW - 12);
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            FontMetrics m = g.getFontMetrics();
            g.drawString(fit(f.what().replace("`", ""), m), 16, y + ROW / 2 + 5);
            String value = f.ratio();
            int tx = f.bar() >= 1 ? Math.max(x0, x1) + 6 : Math.min(x0, x1) - 6 - m.stringWidth(value);
            g.drawString(value, tx, y + ROW / 2 + 5);
        }
        g.setStroke(new BasicStroke(2));
        g.drawLine(axis.x(1), TOP - 8, axis.x(1), bottom);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("← less than the baseline", axis.x(1) - 160, bottom + 40);
        g.drawString("more than the baseline →", axis.x(1) + 10, bottom + 40);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private record Axis(double from, double to, int left, int right) {
        int x(double value) {
            return (int) Math.round(left + (Math.log10(value) - from) / (to - from) * (right - left));
        }
    }

    /** 1, 2, 5 × powers of ten inside the range (only powers of ten when the range is wide). */
    private static List<Double> ticks(double lo, double hi) {
        boolean wide = hi / lo > 1000;
        List<Double> ticks = new java.util.ArrayList<>();
        for (int e = (int) Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
            for (double m : wide ? new double[] {1} : new double[] {1, 2, 5}) {
                double t = m * Math.pow(10, e);
                if (t >= lo && t <= hi) {
                    ticks.add(t);
                }
            }
        }
        return ticks;
    }

    private static String fit(String text, FontMetrics m) {
        if (m.stringWidth(text) <= LABEL_WIDTH - 16) {
            return text;
        }
        String cut = text;
        while (m.stringWidth(cut + "…") > LABEL_WIDTH - 16) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
