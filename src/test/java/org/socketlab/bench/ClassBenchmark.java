package org.socketlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Payload;
import org.socketlab.engine.Role;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketView;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepLanguage;
import org.socketlab.engine.StepResult;
import org.socketlab.kernel.KernelReader;
import org.socketlab.kernel.TcpState;
import org.socketlab.ui.cards.SocketViewModel;
import org.socketlab.ui.window.LabViewModel;
import org.socketlab.ui.window.MainWindow;

/**
 * A class of {@value #DEFAULT_STUDENTS} on one server: the SocketLab window (headless Monocle, the server role)
 * accepts the students of {@link ClassClients}, a process of their own; they send a line each, the window
 * broadcasts, they read it and leave. Each run is a JVM of its own ({@code window} or {@code bare}), started
 * by {@link Benchmarks}; it writes one line per figure to {@code class-MODE-N.txt}.
 *
 * <p>The window's FX time is taken per hand-over to the FX thread (every batch of lab updates, kernel view
 * and diagram redraw, timed around the task), and per pulse (CSS and layout, between the scene's pre- and
 * post-layout pulse listeners). The baseline ({@code bare}) is the least a JavaFX program can do with the
 * same updates: a lab without window, driven by the same steps, whose listener hands each update to
 * {@code Platform.runLater → Label.setText} on a bare stage, each such task timed alike; its departure time is
 * how soon a poll of the kernel's table (every 5 ms) sees all the connections in CLOSE_WAIT.
 */
public final class ClassBenchmark {
    static final int DEFAULT_STUDENTS = 200;
    private static final Duration BOUND = Duration.ofSeconds(120);
    private static final Duration QUIET = Duration.ofMillis(200);

    /** The class's four moments, each timed on its own. */
    enum Phase {
        CONNECTS("connects"), INCOMING("incoming lines"), BROADCAST("broadcast"),
        DEPARTURES("departures");

        final String what;

        Phase(String what) {
            this.what = what;
        }
    }

    /** Runs tasks on the FX thread and notes how long each took, by the phase it ran in. */
    static final class TimedFx implements Executor {
        private volatile Phase phase;
        private final Map<Phase, List<Double>> millis = new EnumMap<>(Phase.class);
        private final Map<Phase, List<Double>> cpuMillis = new EnumMap<>(Phase.class);
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        @Override
        public void execute(Runnable task) {
            Platform.runLater(() -> {
                long began = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                task.run();
                note(millis, phase, (System.nanoTime() - began) / 1e6);
                note(cpuMillis, phase, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            });
        }
    }

    private static void note(Map<Phase, List<Double>> into, Phase phase, double value) {
        if (phase != null) {
            into.computeIfAbsent(phase, p -> new ArrayList<>()).add(value);
        }
    }

    private final int students = Integer.getInteger("bench.students", DEFAULT_STUDENTS);
    private final Path out;
    private final String mode;
    private final int run;
    private final TimedFx fx = new TimedFx();
    private final Map<Phase, List<Double>> pulses = new EnumMap<>(Phase.class);
    private final AtomicInteger workerSends = new AtomicInteger();
    /** The window, in a window run (null in a baseline run). */
    private volatile MainWindow shownWindow;

    private ClassBenchmark(Path out, String mode, int run) {
        this.out = out;
        this.mode = mode;
        this.run = run;
    }

    /** Arguments: window or bare, the run's number. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        new ClassBenchmark(out, args[0], Integer.parseInt(args[1])).run();
        Platform.exit();
        System.exit(0);
    }

    private void run() throws Exception {
        LabSettings settings = new LabSettings(LabSettings.DEFAULT_HOST, 0, students + 50,
                LabSettings.DEFAULT_RECEIVE_BUFFER);
        List<String> lines = new ArrayList<>();
        try (Lab lab = Lab.start(settings)) {
            lab.addListener(u -> {
                if (u instanceof StepResult r && r.step().operation() == Operation.SEND
                        && r.step().socket().kind() == SocketKind.WORKER) {
                    workerSends.incrementAndGet();
                }
            });
            boolean window = mode.equals("window");
            Stage stage = ControlLine.onFx(Stage::new);
            LabViewModel vm = window ? windowOn(stage, lab) : bareOn(stage, lab);
            step(lab, vm, 1);
            step(lab, vm, 2);
            long rssBefore = rssAfterGc();
            try (Students class_ = new Students(lab, students)) {
                phase(Phase.CONNECTS);
                class_.command("connect");
                if (window) {
                    ControlLine.onFx(() -> {
                        for (int i = 0; i < students; i++) {
                            vm.runNumbered(5);
                        }
                        return null;
                    });
                } else {
                    for (int i = 0; i < students; i++) {
                        lab.submit(StepLanguage.numbered(5).orElseThrow());
                    }
                }
                await("every student accepted", () -> lab.snapshot().ofKind(SocketKind.WORKER).size() == students);
                settle(lab);

                phase(Phase.INCOMING);
                class_.command("send");
                await("a line from every student", () -> lab.snapshot().ofKind(SocketKind.WORKER).stream()
                        .allMatch(w -> w.counters().count(Notification.RECEIVE) > 0));
                settle(lab);

                phase(Phase.BROADCAST);
                workerSends.set(0);
                if (window) {
                    ControlLine.onFx(() -> {
                        vm.classActions().broadcast();
                        return null;
                    });
                } else {
                    for (SocketView w : lab.snapshot().ofKind(SocketKind.WORKER)) {
                        lab.submit(new Step(w.name(), Operation.SEND, new Payload.Text("hello class")));
                    }
                }
                await("a send on every worker", () -> workerSends.get() >= students);
                settle(lab);
                class_.command("read");
                settle(lab);
                long rssAfter = rssAfterGc();

                phase(Phase.DEPARTURES);
                AtomicLong departed = window ? departedOnScreen(stage, vm) : departedInKernel(lab);
                long left = class_.command("leave");
                await("every departure shown", () -> departed.get() != 0);
                settle(lab);
                phase(null);

                lines.add("departed " + (departed.get() - left) / 1e6);
                lines.add("rss-per-connection " + (rssAfter - rssBefore) / (double) students);
            }
            ControlLine.onFx(() -> {
                stage.close();
                return null;
            });
        }
        List<String> result = ControlLine.onFx(() -> {
            List<String> all = new ArrayList<>(lines);
            for (Phase p : Phase.values()) {
                double[] tasks = values(fx.millis.get(p));
                double[] pulse = values(pulses.get(p));
                double[] cpu = values(fx.cpuMillis.get(p));
                all.add(String.format(Locale.ROOT, "%s %.3f %.3f %d %.3f %d %.3f", p.name(),
                        Stats.percentile(tasks, 50), Stats.percentile(tasks, 99), count(fx.millis.get(p)),
                        Stats.percentile(pulse, 99), count(pulses.get(p)), Stats.percentile(cpu, 99)));
            }
            return all;
        });
        Files.createDirectories(out);
        Files.write(out.resolve("class-" + mode + "-" + run + ".txt"), result, StandardCharsets.UTF_8);
    }

    private LabViewModel windowOn(Stage stage, Lab lab) throws Exception {
        LabViewModel vm = ControlLine.onFx(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
            MainWindow w = MainWindow.show(stage, lab, fx);
            shownWindow = w;
            Scene scene = stage.getScene();
            long[] began = new long[1];
            scene.addPreLayoutPulseListener(() -> began[0] = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> note(pulses, fx.phase, (System.nanoTime() - began[0]) / 1e6));
            w.model().settings().roleProperty().set(Role.SERVER);
            return w.model();
        });
        settle(lab);
        return vm;
    }

    /** The baseline: each update's socket and counters handed to a label on a bare stage. */
    private LabViewModel bareOn(Stage stage, Lab lab) throws Exception {
        Label label = ControlLine.onFx(() -> {
            Label l = new Label("");
            stage.setScene(new Scene(new StackPane(l), 400, 200));
            Scene scene = stage.getScene();
            long[] began = new long[1];
            scene.addPreLayoutPulseListener(() -> began[0] = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> note(pulses, fx.phase, (System.nanoTime() - began[0]) / 1e6));
            stage.show();
            return l;
        });
        lab.addListener(u -> {
            String text = u.getClass().getSimpleName() + " " + u.after().version();
            fx.execute(() -> label.setText(text));
        });
        return null;
    }

    private void step(Lab lab, LabViewModel vm, int n) throws Exception {
        if (vm != null) {
            ControlLine.onFx(() -> {
                vm.runNumbered(n);
                return null;
            });
        } else {
            lab.run(StepLanguage.numbered(n).orElseThrow());
        }
        settle(lab);
    }

    /** The first pulse after which the window shows every worker's peer as gone (the table's state column). */
    private static AtomicLong departedOnScreen(Stage stage, LabViewModel vm) throws Exception {
        AtomicLong at = new AtomicLong();
        ControlLine.onFx(() -> {
            stage.getScene().addPostLayoutPulseListener(() -> {
                if (at.get() == 0 && !vm.workers().isEmpty()
                        && vm.workers().stream().allMatch(SocketViewModel::peerLeft)) {
                    at.set(System.nanoTime());
                }
            });
            return null;
        });
        return at;
    }

    /** The first poll of the kernel's table that shows every worker in CLOSE_WAIT. */
    private AtomicLong departedInKernel(Lab lab) {
        AtomicLong at = new AtomicLong();
        KernelReader kernel = KernelReader.system();
        Thread poll = new Thread(() -> {
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (at.get() == 0 && System.nanoTime() < deadline) {
                long closeWait = kernel.read(lab.snapshot()).sockets().stream()
                        .filter(k -> k.name().kind() == SocketKind.WORKER && k.state() == TcpState.CLOSE_WAIT).count();
                if (closeWait == students) {
                    at.set(System.nanoTime());
                }
                try {
                    TimeUnit.MILLISECONDS.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-kernel-poll");
        poll.setDaemon(true);
        poll.start();
        return at;
    }

    private void phase(Phase p) throws Exception {
        fx.phase = p;
    }

    /** The lab quiet, and everything it handed to the FX thread applied (by the window: in as many hand-overs as it takes). */
    private void settle(Lab lab) throws Exception {
        if (!lab.awaitQuiet(QUIET, BOUND)) {
            throw new IllegalStateException("the lab did not go quiet in " + BOUND);
        }
        ControlLine.onFx(() -> null);
        MainWindow w = shownWindow;
        if (w != null) {
            await("the window caught up with the lab", () -> ControlLine.onFx(w::caughtUp));
        }
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within " + BOUND + ": " + what);
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    /** VmRSS in kB after two full collections. */
    private static long rssAfterGc() throws IOException {
        System.gc();
        System.gc();
        return MemoryBenchmark.vmRss(ProcessHandle.current().pid());
    }

    private static int count(List<Double> list) {
        return list == null ? 0 : list.size();
    }

    /** The values, or a single 0 when there were none (a moment without hand-overs took no FX time). */
    private static double[] values(List<Double> list) {
        return list == null ? new double[] {0} : list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** One run's figures, as its JVM wrote them. */
    record Run(double departedMillis, double rssKbPerConnection, Map<Phase, double[]> phases) {
        /**
         * A phase's FX time per hand-over at p50 and p99 (ms), how many hand-overs, pulse p99 (ms), pulses, and
         * the FX thread's CPU time per hand-over at p99 (ms).
         */
        double of(Phase p, int field) {
            return phases.get(p)[field];
        }

        static Run read(Path file) throws IOException {
            double departed = 0;
            double rss = 0;
            Map<Phase, double[]> phases = new EnumMap<>(Phase.class);
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.trim().split(" ");
                switch (f[0]) {
                    case "departed" -> departed = Double.parseDouble(f[1]);
                    case "rss-per-connection" -> rss = Double.parseDouble(f[1]);
                    default -> {
                        double[] v = new double[f.length - 1];
                        for (int i = 1; i < f.length; i++) {
                            v[i - 1] = Double.parseDouble(f[i]);
                        }
                        phases.put(Phase.valueOf(f[0]), v);
                    }
                }
            }
            return new Run(departed, rss, phases);
        }
    }

    /** The report's part from the runs' files under {@code out}: medians of the runs [min–max]. */
    static Section section(Path out, int students, List<Run> window, List<Run> bare) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%d students, headless Monocle (software Prism, the tests' flags),"
                + " 1366×768; median of %d runs [min–max], each run a JVM of its own, window and baseline"
                + " alternating. FX time per hand-over: each task the lab, the kernel sampler or the diagram"
                + " handed to the FX thread, timed around it (wall time, and the FX thread's CPU time: on two cores the"
                + " FX thread also waits while the lab's thread and the students run); pulse: CSS and layout of one"
                + " pulse.%n%n", students,
                window.size()));
        md.append("| moment | chain | FX per hand-over p50 (ms) | p99 (ms) | its CPU time p99 (ms) | hand-overs | pulse"
                + " p99 (ms) | pulses |\n|---|---|---|---|---|---|---|---|\n");
        for (Phase p : Phase.values()) {
            md.append(row(students + " " + p.what, "SocketLab window", window, p));
            md.append(row(students + " " + p.what, "bare: runLater → setText per update", bare, p));
        }
        md.append(String.format(Locale.ROOT, "%nFrom the last student's close to the first pulse after which every"
                + " worker shows its peer gone (the connections table's state): %s ms; the baseline, a poll of the"
                + " kernel's table every 5 ms seeing all %d in CLOSE_WAIT: %s ms.%n", Stats.cell("%.0f", window,
                Run::departedMillis), students, Stats.cell("%.0f", bare, Run::departedMillis)));
        md.append(String.format(Locale.ROOT, "%nRSS per connection after GC ((RSS with %d accepted, after the"
                + " broadcast − RSS after Listen) / %d): window %s kB, bare lab %s kB.%n", students, students,
                Stats.cell("%.0f", window, Run::rssKbPerConnection), Stats.cell("%.0f", bare,
                        Run::rssKbPerConnection)));
        List<Figure> figures = new ArrayList<>();
        for (Phase p : List.of(Phase.BROADCAST, Phase.INCOMING, Phase.CONNECTS)) {
            figures.add(Figure.of("Class of " + students + ", " + p.what + ": FX per hand-over p99 (ms) vs runLater",
                    "%.2f", Stats.median(window, r -> r.of(p, 1)),
                    Stats.median(bare, r -> r.of(p, 1))));
        }
        // the baseline's lab publishes nothing when students leave with their lines unread (OnClose waits)
        figures.add(new Figure("Class of " + students + ", departures: FX per hand-over p99 (ms)",
                String.format(Locale.ROOT, "%.2f", Stats.median(window, r -> r.of(Phase.DEPARTURES, 1))),
                "— (no updates)", "—", Double.NaN));
        figures.add(Figure.of("Class of " + students + ": all departures on screen (ms) vs a kernel poll", "%.0f",
                Stats.median(window, Run::departedMillis), Stats.median(bare, Run::departedMillis)));
        // a bare lab's connections cost less than the noise of RSS after GC: shown, not divided by
        figures.add(new Figure("Class of " + students + ": RSS per connection after GC (kB); a bare lab's",
                String.format(Locale.ROOT, "%.0f", Stats.median(window, Run::rssKbPerConnection)),
                String.format(Locale.ROOT, "%.0f", Stats.median(bare, Run::rssKbPerConnection)), "—", Double.NaN));
        return new Section("class", md.toString(), figures);
    }

    private static String row(String moment, String chain, List<Run> runs, Phase p) {
        return "| " + moment + " | " + chain + " | " + Stats.cell("%.2f", runs, r -> r.of(p, 0)) + " | "
                + Stats.cell("%.2f", runs, r -> r.of(p, 1)) + " | " + Stats.cell("%.2f", runs, r -> r.of(p, 5)) + " | "
                + Stats.cell("%.0f", runs, r -> r.of(p, 2))
                + " | " + Stats.cell("%.1f", runs, r -> r.of(p, 3)) + " | " + Stats.cell("%.0f", runs, r -> r.of(p, 4))
                + " |\n";
    }

    /** The {@link ClassClients} process. */
    private static final class Students implements AutoCloseable {
        private final Process process;
        private final PrintWriter commands;
        private final BufferedReader answers;

        Students(Lab lab, int count) throws IOException {
            String local = lab.snapshot().socket(SocketName.SERVER).orElseThrow().local();
            String port = local.substring(local.lastIndexOf(':') + 1);
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ClassClients.class.getName(),
                    LabSettings.DEFAULT_HOST, port, Integer.toString(count))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** Runs a command on every student; returns the students' clock when the last one had done it. */
        long command(String command) throws IOException {
            commands.println(command);
            String answer = answers.readLine();
            if (answer == null || !answer.startsWith(command + " ")) {
                throw new IOException("the students answered " + answer + " to " + command);
            }
            return Long.parseLong(answer.substring(command.length() + 1));
        }

        @Override
        public void close() throws InterruptedException {
            commands.close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
