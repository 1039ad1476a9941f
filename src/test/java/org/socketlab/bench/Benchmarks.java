package org.socketlab.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.socketlab.WindowJvm;

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
    static final String ALL = "startup,memory,idle-wakeups,latency,player,class";
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
        if (only.contains("class")) {
            sections.add(classOf(out));
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

    /**
     * Runs {@link ClassBenchmark}: window and baseline alternating, each run a headless Monocle JVM of its own;
     * a run that fails or overruns is left out (its log says why).
     */
    private static Section classOf(Path out) throws Exception {
        int runs = Integer.getInteger("bench.runs", 3);
        int students = Integer.getInteger("bench.students", ClassBenchmark.DEFAULT_STUDENTS);
        List<ClassBenchmark.Run> window = new ArrayList<>();
        List<ClassBenchmark.Run> bare = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            for (String mode : List.of("window", "bare")) {
                Path file = out.resolve("class-" + mode + "-" + run + ".txt");
                Files.deleteIfExists(file);
                List<String> command = monocleJvm();
                command.addAll(List.of("-Dbench.out=" + out, "-Dbench.students=" + students, "-cp",
                        System.getProperty("java.class.path"), ClassBenchmark.class.getName(), mode,
                        Integer.toString(run)));
                Process p = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(out.resolve("class-" + mode + "-" + run + ".log").toFile()).start();
                if (!p.waitFor(LATENCY_BOUND_MINUTES, TimeUnit.MINUTES)) {
                    p.destroyForcibly().waitFor();
                }
                if (Files.exists(file)) {
                    (mode.equals("window") ? window : bare).add(ClassBenchmark.Run.read(file));
                }
            }
        }
        if (window.isEmpty() || bare.isEmpty()) {
            throw new IllegalStateException("no class run finished: see " + out.resolve("class-window-1.log"));
        }
        return ClassBenchmark.section(out, students, window, bare);
    }

    /**
     * A java command with the window's JVM options (the window and its baseline run in the same kind of JVM)
     * and the headless Monocle flags of the tests.
     */
    private static List<String> monocleJvm() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(WindowJvm.OPTIONS);
        command.addAll(Arrays.asList(System.getProperty("bench.fxFlags", "-Dglass.platform=Monocle"
                + " -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true"
                + " -Dsocketlab.window.memory=false -Dheadless.geometry=1366x768-32").trim().split("\\s+")));
        return command;
    }

    /** Runs {@link LatencyBenchmark} in a JVM of its own with headless Monocle, and reads back its part. */
    private static Section latency(Path out) throws Exception {
        List<String> command = monocleJvm();
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
