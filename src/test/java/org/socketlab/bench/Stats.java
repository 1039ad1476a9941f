package org.socketlab.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Medians, percentiles and "median [min–max]" cells over a benchmark's runs. */
final class Stats {
    private Stats() {
    }

    static <T> double[] values(Collection<T> runs, ToDoubleFunction<T> value) {
        return runs.stream().mapToDouble(value).sorted().toArray();
    }

    static double median(double... values) {
        double[] v = values.clone();
        Arrays.sort(v);
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static <T> double median(Collection<T> runs, ToDoubleFunction<T> value) {
        return median(values(runs, value));
    }

    /** The nearest-rank percentile {@code p} (0–100) of the values. */
    static double percentile(double[] values, double p) {
        double[] v = values.clone();
        Arrays.sort(v);
        if (v.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    /** E.g. {@code 812 [790–845]} with the given format for each number; "—" for no runs. */
    static String cell(String format, double... values) {
        if (values.length == 0) {
            return "—";
        }
        double[] v = values.clone();
        Arrays.sort(v);
        String one = String.format(Locale.ROOT, format, median(v));
        return v.length == 1 ? one : one + String.format(Locale.ROOT, " [" + format + "–" + format + "]", v[0],
                v[v.length - 1]);
    }

    static <T> String cell(String format, Collection<T> runs, ToDoubleFunction<T> value) {
        return cell(format, values(runs, value));
    }

    /** E.g. {@code 1.04×}, {@code 18.7×}, {@code 2329×}: three digits or so, as a ratio of medians deserves. */
    static String ratio(double ratio) {
        if (!Double.isFinite(ratio)) {
            return "—";
        }
        return String.format(Locale.ROOT, ratio >= 100 ? "%.0f×" : ratio >= 10 ? "%.1f×" : "%.2f×", ratio);
    }
}
