package org.socketlab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The benchmark's report: {@code performance.md} from the template beside this class (its prose, with
 * {@code {{machine}}}, {@code {{summary}}} and one {@code {{KEY}}} per benchmark filled in from the run)
 * and {@code performance.png} ({@link RatioChart}). Written under {@code target/bench/}, and copied into
 * {@code docs/} when asked (every benchmark ran); the summary is printed. {@link #main} writes it again
 * from the parts the last run left in {@code target/bench/}, without measuring (after the prose changed).
 */
public final class PerformanceReport {
    static final String MACHINE = "machine.txt";

    private PerformanceReport() {
    }

    /** Arguments: the run's directory (target/bench) and the docs directory to write into. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        List<Section> sections = new java.util.ArrayList<>();
        for (String key : Benchmarks.ALL.split(",")) {
            if (Files.exists(out.resolve(key + ".figures"))) {
                sections.add(Section.read(out, key));
            }
        }
        boolean all = sections.size() == Benchmarks.ALL.split(",").length;
        write(sections, Files.readString(out.resolve(MACHINE), StandardCharsets.UTF_8).strip(), out,
                all ? Path.of(args[1]) : null);
    }

    static void write(List<Section> sections, String machine, Path out, Path docs) throws IOException {
        List<Figure> figures = sections.stream().flatMap(s -> s.figures().stream()).toList();
        String summary = summary(figures);
        String report = template().replace("{{machine}}", machine).replace("{{summary}}", summary.strip());
        for (String key : Benchmarks.ALL.split(",")) {
            String part = sections.stream().filter(s -> s.key().equals(key)).map(Section::markdown).findFirst()
                    .orElse("Not run this time (`-Dbench.only`).\n");
            report = report.replace("{{" + key + "}}", part.strip());
        }
        Files.writeString(out.resolve("performance.md"), report, StandardCharsets.UTF_8);
        Files.writeString(out.resolve(MACHINE), machine, StandardCharsets.UTF_8);
        RatioChart.write(figures, machine.substring(0, machine.indexOf(';')) + ": each bar is SocketLab's median ÷"
                + " its baseline's median (see docs/performance.md)", out.resolve("performance.png"));
        System.out.println();
        System.out.println(summary);
        System.out.println("Machine: " + machine);
        if (docs != null) {
            Files.copy(out.resolve("performance.md"), docs.resolve("performance.md"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.copy(out.resolve("performance.png"), docs.resolve("performance.png"),
                    StandardCopyOption.REPLACE_EXISTING);
            System.out.println("Written: " + docs.resolve("performance.md") + ", " + docs.resolve("performance.png"));
        } else {
            System.out.println("Written: " + out.resolve("performance.md") + " (docs/ is rewritten only when every"
                    + " benchmark ran)");
        }
    }

    static String summary(List<Figure> figures) {
        StringBuilder md = new StringBuilder("| figure | SocketLab | baseline | SocketLab ÷ baseline |\n"
                + "|---|---|---|---|\n");
        figures.forEach(f -> md.append("| ").append(f.what()).append(" | ").append(f.socketLab()).append(" | ")
                .append(f.baseline()).append(" | ").append(f.ratio()).append(" |\n"));
        return md.toString();
    }

    private static String template() throws IOException {
        try (InputStream in = PerformanceReport.class.getResourceAsStream("performance.md")) {
            if (in == null) {
                throw new IOException("no template performance.md beside " + PerformanceReport.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
