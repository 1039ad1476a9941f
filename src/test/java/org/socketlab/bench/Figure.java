package org.socketlab.bench;

import java.util.Locale;

/**
 * One line of the summary table: what SocketLab measured, what its baseline measured in the same run, how
 * they compare ({@code ratio}, as the table shows it), and the chart's bar for it ({@code bar}, the ratio
 * SocketLab ÷ baseline; NaN for a figure that gets no bar, e.g. a thread the baseline does not have).
 */
record Figure(String what, String socketLab, String baseline, String ratio, double bar) {
    /** The figure with the ratio of two medians, charted. */
    static Figure of(String what, String format, double socketLab, double baseline) {
        return new Figure(what, String.format(Locale.ROOT, format, socketLab),
                String.format(Locale.ROOT, format, baseline), Stats.ratio(socketLab / baseline),
                socketLab / baseline);
    }

    /** A line as it is kept between the benchmark's JVMs: fields separated by tabs. */
    String line() {
        return String.join("\t", what, socketLab, baseline, ratio, Double.toString(bar));
    }

    static Figure parse(String line) {
        String[] f = line.split("\t", -1);
        double bar = Double.parseDouble(f[4]);
        return new Figure(f[0], f[1], f[2], Double.isFinite(bar) ? Stats.ratio(bar) : f[3], bar);
    }
}
