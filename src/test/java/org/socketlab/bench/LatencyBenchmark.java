package org.socketlab.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Notification;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.Operation;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepLanguage;
import org.socketlab.ui.window.MainWindow;

/**
 * Event → counter text on screen, in a JVM of its own with headless Monocle (started by {@link Benchmarks}
 * with the tests' Monocle flags): from the selector thread seeing readiness (a {@code NotificationEvent}
 * for worker 1's OnReceive, stamped by a listener on the lab, on the selector thread) to the first pulse
 * whose post-layout listener finds worker 1's OnReceive counter showing that count (or a later one: a
 * pulse shows only the newest). A burst is {@value #NOTIFICATIONS} × (client 1 Send, worker 1 OnReceive,
 * worker 1 Receive), as fast as the lab answers. The baseline: the same bursts on a second lab without a
 * window, whose listener sends each count with {@code Platform.runLater} to {@code Label.setText} on a
 * bare stage. Each burst on a fresh lab (and window) after steps 1–7; bursts alternate (SocketLab, bare)
 * {@code bench.runs} times after one unmeasured burst each.
 */
public final class LatencyBenchmark {
    static final int NOTIFICATIONS = 1000;
    private static final SocketName WORKER = SocketName.worker(1);
    private static final Duration BOUND = Duration.ofSeconds(30);
    /** How long after a burst the last count may take to show before it counts as never shown. */
    private static final Duration CATCH_UP_BOUND = Duration.ofSeconds(180);

    /**
     * A burst's percentiles (ms), how long it took (s), how long after it the last count was shown (ms),
     * and how many pulses showed a new count.
     */
    private record Burst(double p50, double p99, double seconds, double catchUpMillis, int pulses) {
    }

    /**
     * Stamps, by count: when the selector thread posted worker 1's OnReceive number {@code n}, and when a
     * pulse first showed {@code n} or more on the counter label.
     */
    private static final class Probe {
        final long[] posted;
        final long[] shown;
        private int lastShown;
        int pulses;

        Probe(int counts) {
            posted = new long[counts + 1];
            shown = new long[counts + 1];
        }

        void onPosted(NotificationEvent e) {
            int n = e.after().counters(WORKER).count(Notification.RECEIVE);
            if (n < posted.length) {
                posted[n] = System.nanoTime();
            }
        }

        /** On the FX thread, after layout. */
        void onPulse(Label counter) {
            long now = System.nanoTime();
            String digits = counter.getText().replaceAll("[^0-9]", "");
            int n = digits.isEmpty() ? 0 : Math.min(Integer.parseInt(digits), shown.length - 1);
            if (n > lastShown) {
                pulses++;
                for (int k = lastShown + 1; k <= n; k++) {
                    shown[k] = now;
                }
                lastShown = n;
            }
        }

        boolean showed(int n) {
            return shown[n] != 0;
        }
    }

    private LatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 3);
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        List<Burst> app = new ArrayList<>();
        List<Burst> bare = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            Burst a = socketLab();
            Burst b = bare();
            if (run > 0) { // the first of each is unmeasured: the JIT compiles the path then
                app.add(a);
                bare.add(b);
            }
        }
        section(runs, app, bare).write(out);
        Platform.exit();
    }

    /** A burst on a fresh SocketLab window after steps 1–7 (each burst starts from an empty event log). */
    private static Burst socketLab() throws Exception {
        try (Lab lab = startLab()) {
            Stage stage = ControlLine.onFx(Stage::new);
            MainWindow window = ControlLine.onFx(() -> MainWindow.show(stage, lab));
            for (int step = 1; step <= 7; step++) {
                int n = step;
                ControlLine.onFx(() -> {
                    window.model().runNumbered(n);
                    return null;
                });
                lab.awaitQuiet(Duration.ofMillis(100), BOUND);
            }
            Probe probe = new Probe(NOTIFICATIONS);
            Label counter = ControlLine.onFx(() -> (Label) window.root().lookup("#panel-worker1")
                    .lookup("#count-receive"));
            listen(lab, probe, e -> { });
            ControlLine.onFx(() -> {
                stage.getScene().addPostLayoutPulseListener(() -> probe.onPulse(counter));
                return null;
            });
            Burst burst = burst(lab, probe);
            ControlLine.onFx(() -> {
                stage.close();
                return null;
            });
            return burst;
        }
    }

    /** A burst on a fresh lab without a window; each notification's count goes to a bare stage's Label. */
    private static Burst bare() throws Exception {
        try (Lab lab = startLab()) {
            for (int step = 1; step <= 7; step++) {
                lab.run(StepLanguage.numbered(step).orElseThrow());
            }
            lab.awaitQuiet(Duration.ofMillis(100), BOUND);
            Probe probe = new Probe(NOTIFICATIONS);
            Stage stage = ControlLine.onFx(Stage::new);
            Label counter = ControlLine.onFx(() -> {
                Label label = new Label("0");
                stage.setScene(new Scene(new StackPane(label), 400, 200));
                stage.getScene().addPostLayoutPulseListener(() -> probe.onPulse(label));
                stage.show();
                return label;
            });
            listen(lab, probe, e -> {
                String text = Integer.toString(e.after().counters(WORKER).count(Notification.RECEIVE));
                Platform.runLater(() -> counter.setText(text));
            });
            Burst burst = burst(lab, probe);
            ControlLine.onFx(() -> {
                stage.close();
                return null;
            });
            return burst;
        }
    }

    private static Lab startLab() {
        return Lab.start(new LabSettings(LabSettings.DEFAULT_HOST, 0, LabSettings.DEFAULT_BACKLOG,
                LabSettings.DEFAULT_RECEIVE_BUFFER));
    }

    private static void listen(Lab lab, Probe probe, java.util.function.Consumer<NotificationEvent> then) {
        lab.addListener(update -> {
            if (update instanceof NotificationEvent e && e.socket().equals(WORKER)
                    && e.notification() == Notification.RECEIVE) {
                probe.onPosted(e);
                then.accept(e);
            }
        });
    }

    private static Burst burst(Lab lab, Probe probe) throws Exception {
        Step send = ((ScriptStep.Action) StepLanguage.parse("client1.send#12")).step();
        Step receive = new Step(WORKER, Operation.RECEIVE);
        long began = System.nanoTime();
        for (int n = 1; n <= NOTIFICATIONS; n++) {
            lab.run(send);
            if (!lab.awaitCounter(WORKER, Notification.RECEIVE, n, BOUND)) {
                throw new IllegalStateException("no OnReceive number " + n + " on worker1");
            }
            lab.run(receive);
        }
        long ended = System.nanoTime();
        long deadline = ended + CATCH_UP_BOUND.toNanos();
        while (!ControlLine.onFx(() -> probe.showed(NOTIFICATIONS)) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        double[] millis = new double[NOTIFICATIONS];
        for (int n = 1; n <= NOTIFICATIONS; n++) {
            millis[n - 1] = probe.shown[n] == 0 ? Double.POSITIVE_INFINITY : (probe.shown[n] - probe.posted[n]) / 1e6;
        }
        long shownLast = probe.shown[NOTIFICATIONS];
        return new Burst(Stats.percentile(millis, 50), Stats.percentile(millis, 99), (ended - began) / 1e9,
                shownLast == 0 ? Double.POSITIVE_INFINITY : Math.max(0, shownLast - ended) / 1e6,
                ControlLine.onFx(() -> probe.pulses));
    }

    private static Section section(int runs, List<Burst> app, List<Burst> bare) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Headless Monocle (software Prism, the tests' flags), in one JVM; %d"
                + " notifications a burst, median of %d alternating bursts [min–max] of each burst's percentile, in"
                + " milliseconds. From the selector thread's listener seeing worker 1's OnReceive to the first pulse"
                + " (post-layout) whose counter label shows that count.%n%n", NOTIFICATIONS, runs));
        md.append("| chain | p50 (ms) | p99 (ms) | burst (s) | last count shown after the burst (ms) | pulses that"
                + " showed a new count |\n|---|---|---|---|---|---|\n");
        md.append(row("SocketLab window: lab listener → UiBridge → view model → worker 1's OnReceive label", app));
        md.append(row("bare: lab listener → Platform.runLater → Label.setText (a second lab, a bare stage)", bare));
        double p50 = Stats.median(app, Burst::p50);
        double p99 = Stats.median(app, Burst::p99);
        List<Figure> figures = List.of(
                Figure.of("Event → counter on screen, p50 (ms, Monocle) vs runLater → setText", "%.1f", p50,
                        Stats.median(bare, Burst::p50)),
                Figure.of("Event → counter on screen, p99 (ms, Monocle) vs runLater → setText", "%.1f", p99,
                        Stats.median(bare, Burst::p99)));
        return new Section("latency", md.toString(), figures);
    }

    private static String row(String chain, List<Burst> bursts) {
        return "| " + chain + " | " + Stats.cell("%.1f", bursts, Burst::p50) + " | " + Stats.cell("%.1f", bursts,
                Burst::p99) + " | " + Stats.cell("%.2f", bursts, Burst::seconds) + " | " + Stats.cell("%.0f", bursts,
                Burst::catchUpMillis) + " | " + Stats.cell("%.0f", bursts, Burst::pulses) + " |\n";
    }
}
