package org.socketlab.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code mvn -B -Pbench verify}: every benchmark in one run, each figure a ratio to a baseline measured in
 * the same run. On one private Xvfb display: window start to visible ({@link StartupBenchmark}), resident
 * memory ({@link MemoryBenchmark}), idle wake-ups ({@link IdleWakeupsBenchmark}); then event → counter
 * text on screen in a headless Monocle JVM of its own ({@link LatencyBenchmark}); then the player's speed
 * ({@link PlayerBenchmark}). Prints the summary and writes the report ({@link PerformanceReport}) under
 * {@code target/bench/}, and into {@code docs/} when every benchmark ran. Asserts nothing.
 * Properties: {@code bench.only} (a comma-separated subset of {@value #ALL}), {@code bench.runs},
 * {@code bench.startRuns}, {@code bench.clients}, {@code bench.display}, {@code bench.screen}, … (see the
 * bench profile in pom.xml and each benchmark).
 */
public final class Benchmarks {
    static final String ALL = "startup,memory,idle-wakeups,latency,player";
    private static final long LATENCY_BOUND_MINUTES = 15;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(System.getProperty("bench.basedir", ".")).toAbsolutePath().normalize();
        Path out = base.resolve(System.getProperty("bench.out", "target/bench"));
        String display = System.getProperty("bench.display", ":93");
        String screen = System.getProperty("bench.screen", Xvfb.SCREEN);
        List<String> only = Arrays.asList(System.getProperty("bench.only", ALL).split(","));
        Files.createDirectories(out);
        String started = Machine.now();
        String load = Machine.loadAverage();
        List<Section> sections = new ArrayList<>();
        if (only.contains("startup") || only.contains("memory") || only.contains("idle-wakeups")) {
            try (Xvfb x = Xvfb.start(display, screen, out.resolve("xvfb.log"))) {
                if (only.contains("startup")) {
                    sections.add(new StartupBenchmark(x, base, out).run());
                }
                if (only.contains("memory")) {
                    sections.add(new MemoryBenchmark(display, out).run());
                }
                if (only.contains("idle-wakeups")) {
                    sections.add(new IdleWakeupsBenchmark(display, out).run());
                }
            }
        }
        if (only.contains("latency")) {
            sections.add(latency(out));
        }
        if (only.contains("player")) {
            sections.add(new PlayerBenchmark(base, out).run());
        }
        for (Section s : sections) {
            s.write(out);
        }
        String machine = Machine.describe(display, screen, started, load + " before, " + Machine.loadAverage()
                + " after");
        boolean all = sections.size() == ALL.split(",").length;
        Path docs = all ? base.resolve(System.getProperty("bench.docs", "docs")) : null;
        PerformanceReport.write(sections, machine, out, docs);
    }

    /** Runs {@link LatencyBenchmark} in a JVM of its own with headless Monocle, and reads back its part. */
    private static Section latency(Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(Arrays.asList(System.getProperty("bench.fxFlags", "-Dglass.platform=Monocle"
                + " -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true"
                + " -Dsocketlab.window.memory=false -Dheadless.geometry=1366x768-32").trim().split("\\s+")));
        command.addAll(List.of("-Dbench.runs=" + Integer.getInteger("bench.runs", 3), "-Dbench.out=" + out,
                "-cp", System.getProperty("java.class.path"), LatencyBenchmark.class.getName()));
        File log = out.resolve("latency.log").toFile();
        Files.deleteIfExists(out.resolve("latency.figures"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        if (!p.waitFor(LATENCY_BOUND_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
        }
        if (p.exitValue() != 0 || !Files.exists(out.resolve("latency.figures"))) {
            return new Section("latency", "The latency benchmark failed (exit " + p.exitValue() + "); see " + log
                    + ".\n", List.of());
        }
        return Section.read(out, "latency");
    }
}
