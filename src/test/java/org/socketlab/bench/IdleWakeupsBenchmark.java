package org.socketlab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.socketlab.WindowJvm;
import org.socketlab.bench.ThreadWakeups.Period;
import org.socketlab.engine.Lab;
import org.socketlab.kernel.KernelSampler;

/**
 * The kernel view's idle budget, measured rather than asserted: wake-ups per second (context switches,
 * {@link ThreadWakeups}) of the selector thread, the kernel sampler's thread and the whole SocketLab
 * process while the lab is idle after the seed's steps 1–7, against a bare JavaFX window of the same size
 * with one Label ({@link BareWindow}), and again after Close on client 1 and worker 1 (client 1 in
 * TIME_WAIT: the sampler's 4 Hz timer is expected there). Each window is a JVM of its own on the
 * benchmark's Xvfb display with the real GTK glass; SocketLab and bare runs alternate, and the report gives
 * medians. Part of {@link Benchmarks}; alone, {@link #main} starts its own Xvfb and prints its report.
 */
public final class IdleWakeupsBenchmark {
    static final List<String> JVM_FLAGS = List.of("-Dsocketlab.window.memory=false", "-Dprism.verbose=true",
            "-Djdk.gtk.verbose=true", "-Xmx512m");
    /** A SocketLab window's JVM: the flags above and the window's own options, as its launchers pass them. */
    static final List<String> WINDOW_FLAGS = Stream.concat(WindowJvm.OPTIONS.stream(), JVM_FLAGS.stream()).toList();
    private static final String SELECTOR = ThreadWakeups.comm(Lab.THREAD_NAME);
    private static final String SAMPLER = ThreadWakeups.comm(KernelSampler.THREAD_NAME);

    private final String display;
    private final Path out;
    private final int runs = Integer.getInteger("bench.runs", 3);
    private final double settle = Double.parseDouble(System.getProperty("bench.settleSeconds", "5"));
    private final double idle = Double.parseDouble(System.getProperty("bench.idleSeconds", "20"));
    private final double closed = Double.parseDouble(System.getProperty("bench.closedSeconds", "10"));

    private final List<Period> labIdle = new ArrayList<>();
    private final List<Period> labClosed = new ArrayList<>();
    private final List<Period> bareIdle = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final TreeSet<String> toolkit = new TreeSet<>();

    IdleWakeupsBenchmark(String display, Path out) {
        this.display = display;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        String display = System.getProperty("bench.display", ":93");
        String screen = System.getProperty("bench.screen", Xvfb.SCREEN);
        Files.createDirectories(out);
        String started = Machine.now();
        String load = Machine.loadAverage();
        Section section;
        try (Xvfb x = Xvfb.start(display, screen, out.resolve("xvfb.log"))) {
            section = new IdleWakeupsBenchmark(display, out).run();
        }
        section.write(out);
        System.out.println(section.markdown());
        System.out.println("Machine: " + Machine.describe(display, screen, started, load + " before, "
                + Machine.loadAverage() + " after"));
    }

    Section run() throws Exception {
        for (int i = 1; i <= runs; i++) {
            bare(i, socketLab(i));
        }
        return new Section("idle-wakeups", report(), List.of(
                new Figure("Idle wake-ups/s after 1–7: selector thread (none in the bare window)",
                        String.format(Locale.ROOT, "%.2f", Stats.median(labIdle, p -> p.rate(SELECTOR))),
                        "— (no such thread)", "—", Double.NaN),
                Figure.of("Idle wake-ups/s after 1–7: whole process vs bare window", "%.1f", Stats.median(labIdle,
                        Period::totalRate), Stats.median(bareIdle, Period::totalRate))));
    }

    /** One SocketLab run; returns the window's size, which the bare window takes. */
    private String socketLab(int run) throws Exception {
        try (WindowProcess w = new WindowProcess(display, WINDOW_FLAGS, BenchWindow.class.getName(), List.of(),
                out.resolve("socketlab-" + run + ".log"))) {
            String ready = ready(w);
            for (int step = 1; step <= 7; step++) {
                w.send("step " + step);
            }
            String afterSteps = LabSockets.states(w.pid());
            Thread.sleep((long) (settle * 1000));
            labIdle.add(ThreadWakeups.measure(w.pid(), idle));
            String stillIdle = LabSockets.states(w.pid());
            w.send("close client1");
            w.send("close worker1");
            Thread.sleep((long) (settle * 1000));
            String afterClose = LabSockets.states(w.pid());
            labClosed.add(ThreadWakeups.measure(w.pid(), closed));
            notes.add(String.format(Locale.ROOT, "SocketLab run %d (pid %d, window %s): kernel after 1–7: %s; after"
                    + " the idle period: %s; after the closes: %s, at the end: %s; %s", run, w.pid(), ready, afterSteps,
                    stillIdle, afterClose, LabSockets.states(w.pid()),
                    figures(labIdle.get(labIdle.size() - 1), labClosed.get(labClosed.size() - 1))));
            return ready;
        }
    }

    private void bare(int run, String size) throws Exception {
        String[] wh = size.split("x");
        try (WindowProcess w = new WindowProcess(display, JVM_FLAGS, BareWindow.class.getName(), List.of(wh[0], wh[1]),
                out.resolve("bare-" + run + ".log"))) {
            String ready = ready(w);
            Thread.sleep((long) (settle * 1000));
            bareIdle.add(ThreadWakeups.measure(w.pid(), idle));
            notes.add(String.format(Locale.ROOT, "bare run %d (pid %d, window %s): process %.2f/s", run, w.pid(), ready,
                    bareIdle.get(bareIdle.size() - 1).totalRate()));
        }
    }

    private String ready(WindowProcess w) throws InterruptedException {
        String size = w.ready();
        toolkit.add(w.toolkit());
        toolkit.addAll(w.platform());
        return size;
    }

    private static String figures(Period idle, Period closed) {
        return String.format(Locale.ROOT, "idle: selector %.2f/s, sampler %.2f/s, process %.2f/s; closed: selector"
                + " %.2f/s, sampler %.2f/s, process %.2f/s", idle.rate(SELECTOR), idle.rate(SAMPLER), idle.totalRate(),
                closed.rate(SELECTOR), closed.rate(SAMPLER), closed.totalRate());
    }

    private String report() {
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "Idle wake-ups per second (context switches, voluntary + involuntary, from"
                + " /proc/PID/task/TID/status), median of %d runs [min–max]; measured %.0f s after a %.0f s settle"
                + " (after the closes: %.0f s, after the same settle).%n%n", runs, idle, settle, closed));
        r.append("| lab state | selector thread | kernel sampler thread | SocketLab process | bare JavaFX process"
                + " | process − bare |\n|---|---|---|---|---|---|\n");
        r.append(row("idle after steps 1–7 (stable: LISTEN, 2× ESTABLISHED, queues empty)", labIdle, true));
        r.append(row("after Close on client 1 and worker 1 (client 1 in TIME_WAIT)", labClosed, false));
        r.append("\nBy thread (comm name, same-named threads added up): median wake-ups per second, all / voluntary"
                + " only (blocked, then woken; the rest are preemptions). Threads under 0.05/s everywhere left out.\n\n");
        r.append("| thread | SocketLab idle | SocketLab after the closes | bare JavaFX idle |\n|---|---|---|---|\n");
        TreeSet<String> names = new TreeSet<>();
        List<List<Period>> columns = List.of(labIdle, labClosed, bareIdle);
        columns.forEach(ps -> ps.forEach(p -> names.addAll(p.byName().keySet())));
        ToDoubleFunction<String> busiest = n -> columns.stream().mapToDouble(ps -> Stats.median(ps, p -> p.rate(n)))
                .max().orElse(0);
        names.stream().filter(n -> busiest.applyAsDouble(n) >= 0.05 || n.equals(SELECTOR) || n.equals(SAMPLER))
                .sorted(Comparator.comparingDouble(busiest).reversed())
                .forEach(n -> {
                    r.append("| ").append(n);
                    columns.forEach(ps -> r.append(String.format(Locale.ROOT, " | %.2f / %.2f",
                            Stats.median(ps, p -> p.rate(n)), Stats.median(ps, p -> p.voluntaryRate(n)))));
                    r.append(" |\n");
                });
        r.append("\nRuns (alternating, each window a JVM of its own):\n\n");
        notes.forEach(n -> r.append("- ").append(n).append('\n'));
        r.append("\nToolkit: ").append(String.join("; ", toolkit)).append('\n');
        return r.toString();
    }

    private String row(String state, List<Period> lab, boolean withBare) {
        double process = Stats.median(lab, Period::totalRate);
        double bare = Stats.median(bareIdle, Period::totalRate);
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", state,
                Stats.cell("%.2f", lab, p -> p.rate(SELECTOR)), Stats.cell("%.2f", lab, p -> p.rate(SAMPLER)),
                Stats.cell("%.2f", lab, Period::totalRate), withBare ? Stats.cell("%.2f", bareIdle, Period::totalRate)
                        : "—", withBare ? String.format(Locale.ROOT, "%+.2f", process - bare) : "—");
    }
}
