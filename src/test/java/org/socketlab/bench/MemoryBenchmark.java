package org.socketlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socketlab.WindowJvm;
import org.socketlab.cli.ChildProcess;

/**
 * Resident memory (VmRSS from {@code /proc/PID/status}) of the SocketLab window after the seed's steps
 * 1–7, against the bare JavaFX window of the same size ({@link BareWindow}); then of the same window with
 * 30 and 60 connections (clients 2–60 Initialize, Connect, and the server Accepts each), as memory per
 * extra connection: from 30 to 60, where the window already shows the connections table (what a further
 * student costs), and from 1 to 30 (which also holds what the table costs once). Each reading is taken twice: after a settle, and again after a full collection
 * ({@code jcmd PID GC.run}) and a shorter settle, which leaves out garbage not yet collected. Runs
 * alternate (SocketLab, bare); medians.
 */
final class MemoryBenchmark {
    static final int CONNECTIONS = 30;
    /** The second reading's connections: a class twice that size, both in the connections table. */
    static final int MORE = 60;
    private static final double SETTLE_SECONDS = 5;
    private static final double AFTER_GC_SECONDS = 2;

    /**
     * One reading in kB: RSS as the process was, RSS after a full collection, and then the Java heap's
     * used and committed sizes ({@code jcmd PID GC.heap_info}).
     */
    private record Rss(long asIs, long afterGc, long heapUsed, long heapCommitted) {
    }

    private static final Pattern HEAP = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");

    private record LabRun(Rss one, Rss thirty, Rss sixty) {
        /** From 1 to 30 connections: with what the connections table costs once. */
        double perConnection() {
            return (thirty.afterGc - one.afterGc) / (double) (CONNECTIONS - 1);
        }

        double heapPerConnection() {
            return (thirty.heapUsed - one.heapUsed) / (double) (CONNECTIONS - 1);
        }

        /** From 30 to 60 connections: what each further one costs. */
        double perFurtherConnection() {
            return (sixty.afterGc - thirty.afterGc) / (double) (MORE - CONNECTIONS);
        }

        double heapPerFurtherConnection() {
            return (sixty.heapUsed - thirty.heapUsed) / (double) (MORE - CONNECTIONS);
        }
    }

    private final String display;
    private final Path out;
    private final int runs = Integer.getInteger("bench.runs", 3);
    private final String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    private final List<LabRun> lab = new ArrayList<>();
    private final List<Rss> bare = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    MemoryBenchmark(String display, Path out) {
        this.display = display;
        this.out = out;
    }

    Section run() throws IOException, InterruptedException {
        for (int run = 1; run <= runs; run++) {
            String size = socketLab(run);
            bare(run, size);
        }
        return section();
    }

    private String socketLab(int run) throws IOException, InterruptedException {
        try (WindowProcess w = new WindowProcess(display, IdleWakeupsBenchmark.WINDOW_FLAGS, BenchWindow.class.getName(),
                List.of(), out.resolve("memory-socketlab-" + run + ".log"))) {
            String size = w.ready();
            for (int step = 1; step <= 7; step++) {
                w.send("step " + step);
            }
            Rss one = rss(w.pid());
            String states = LabSockets.states(w.pid());
            connect(w, 2, CONNECTIONS);
            Rss thirty = rss(w.pid());
            String statesThirty = LabSockets.states(w.pid());
            connect(w, CONNECTIONS + 1, MORE);
            Rss sixty = rss(w.pid());
            lab.add(new LabRun(one, thirty, sixty));
            notes.add(String.format(Locale.ROOT, "SocketLab run %d (window %s): after 1–7 (%s) %s; with %d connections"
                    + " (%s) %s; with %d (%s) %s", run, size, states, text(one), CONNECTIONS, statesThirty, text(thirty),
                    MORE, LabSockets.states(w.pid()), text(sixty)));
            return size;
        }
    }

    /** Clients {@code from}–{@code to} Initialize and Connect, and the server Accepts each. */
    private static void connect(WindowProcess w, int from, int to) throws InterruptedException {
        for (int i = from; i <= to; i++) {
            w.send("run client" + i + ".init");
            w.send("run client" + i + ".connect");
            w.send("run server.accept");
        }
    }

    private void bare(int run, String size) throws IOException, InterruptedException {
        String[] wh = size.split("x");
        try (WindowProcess w = new WindowProcess(display, IdleWakeupsBenchmark.JVM_FLAGS, BareWindow.class.getName(),
                List.of(wh[0], wh[1]), out.resolve("memory-bare-" + run + ".log"))) {
            String shown = w.ready();
            Rss rss = rss(w.pid());
            bare.add(rss);
            notes.add(String.format(Locale.ROOT, "bare run %d (window %s): %s", run, shown, text(rss)));
        }
    }

    private static String text(Rss rss) {
        return String.format(Locale.ROOT, "%.1f MiB, %.1f MiB after GC (heap %.1f MiB used of %.1f committed)",
                rss.asIs / 1024.0, rss.afterGc / 1024.0, rss.heapUsed / 1024.0, rss.heapCommitted / 1024.0);
    }

    private Rss rss(long pid) throws IOException, InterruptedException {
        Thread.sleep((long) (SETTLE_SECONDS * 1000));
        long asIs = vmRss(pid);
        jcmd(pid, "GC.run");
        Thread.sleep((long) (AFTER_GC_SECONDS * 1000));
        long afterGc = vmRss(pid);
        Matcher heap = HEAP.matcher(jcmd(pid, "GC.heap_info"));
        return heap.find() ? new Rss(asIs, afterGc, Long.parseLong(heap.group(2)), Long.parseLong(heap.group(1)))
                : new Rss(asIs, afterGc, -1, -1);
    }

    private String jcmd(long pid, String command) throws IOException, InterruptedException {
        ChildProcess.Result done = ChildProcess.run(Duration.ofSeconds(60), List.of(jcmd, Long.toString(pid), command));
        String text = done.output();
        if (done.exit() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + text);
        }
        return text;
    }

    /** VmRSS in kB. */
    static long vmRss(long pid) throws IOException {
        return status(pid, "VmRSS");
    }

    /** A field of {@code /proc/PID/status} in kB (VmRSS, RssAnon, ...). */
    static long status(long pid, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(l -> l.startsWith(field + ":")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElseThrow();
    }

    private static String row(String window, List<Rss> readings) {
        return "| " + window + " | " + Stats.cell("%.1f", readings, r -> r.asIs / 1024.0) + " | "
                + Stats.cell("%.1f", readings, r -> r.afterGc / 1024.0) + " | "
                + Stats.cell("%.1f", readings, r -> r.heapUsed / 1024.0) + " |\n";
    }

    private Section section() {
        double bareGc = Stats.median(bare, r -> r.afterGc / 1024.0);
        double labGc = Stats.median(lab, r -> r.one.afterGc / 1024.0);
        double perConnection = Stats.median(lab, LabRun::perFurtherConnection);
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "VmRSS from `/proc/PID/status`, median of %d alternating runs [min–max]:"
                + " %.0f s after the window is ready or the steps are done, and again after `jcmd PID GC.run` (a full"
                + " collection) and %.0f s more, with the Java heap's share from `jcmd PID GC.heap_info`. The"
                + " windows are the ones the idle wake-ups benchmark runs (same JVM flags: %s; SocketLab's also with"
                + " the window's own, as its launchers pass them: %s).%n%n", runs, SETTLE_SECONDS, AFTER_GC_SECONDS,
                String.join(" ", IdleWakeupsBenchmark.JVM_FLAGS), String.join(" ", WindowJvm.OPTIONS)));
        md.append("| window | RSS (MiB) | RSS after GC (MiB) | Java heap used after GC (MiB) |\n|---|---|---|---|\n");
        md.append(row("bare JavaFX window, one Label", bare));
        md.append(row("SocketLab after steps 1–7 (1 connection)", lab.stream().map(LabRun::one).toList()));
        md.append(row("SocketLab with " + CONNECTIONS + " connections", lab.stream().map(LabRun::thirty).toList()));
        md.append(row("SocketLab with " + MORE + " connections", lab.stream().map(LabRun::sixty).toList()));
        md.append(String.format(Locale.ROOT, "%nPer extra connection (after GC, (RSS%d − RSS%d) / %d, both with the"
                + " connections table shown): %s kB, that is %.2f %% of the bare window's RSS; of it, Java heap used:"
                + " %s kB. From 1 to %d connections ((RSS%d − RSS1) / %d, which also holds what the table and the code"
                + " that draws it cost once): %s kB, of it Java heap used %s kB. SocketLab after 1–7 ÷ bare (after"
                + " GC): %s.%n%n", MORE, CONNECTIONS, MORE - CONNECTIONS,
                Stats.cell("%.0f", lab, LabRun::perFurtherConnection), 100 * perConnection / (bareGc * 1024),
                Stats.cell("%.0f", lab, LabRun::heapPerFurtherConnection), CONNECTIONS, CONNECTIONS, CONNECTIONS - 1,
                Stats.cell("%.0f", lab, LabRun::perConnection), Stats.cell("%.0f", lab, LabRun::heapPerConnection),
                Stats.ratio(labGc / bareGc)));
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        List<Figure> figures = List.of(
                Figure.of("RSS after steps 1–7, after GC (MiB): SocketLab vs bare window", "%.1f", labGc, bareGc),
                new Figure("RSS per extra connection (30 to 60), after GC (kB) vs the bare window's RSS",
                        String.format(Locale.ROOT, "%.0f", perConnection),
                        String.format(Locale.ROOT, "%.0f", bareGc * 1024),
                        String.format(Locale.ROOT, "%.3f %%", 100 * perConnection / (bareGc * 1024)), Double.NaN));
        return new Section("memory", md.toString(), figures);
    }
}
