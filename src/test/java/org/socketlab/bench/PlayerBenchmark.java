package org.socketlab.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.socketlab.cli.ChildProcess;

/**
 * The headless player's speed: the script of {@link PlayerScript} for each client count of
 * {@code bench.clients} (default 100,1000), played by {@code java -jar target/socketlab.jar play [--tcp last]
 * --port 0 STEP…}, against {@link PlainNioLoop} making the same connections, each its own JVM, runs
 * alternating; medians of wall time from process start to exit. The player's own pace is also taken from
 * its output: the time from its first line to its last, for the steps after the first. The last line's
 * counters are checked against the script's. Bounded: once a way of playing took longer than
 * {@code bench.playerSlowSeconds} (60) it is not run again, at this count or a larger one; a run is ended
 * after {@code bench.playerBoundSeconds} (900).
 */
final class PlayerBenchmark {
    private record Run(double seconds, double stepSeconds, int lines, int errors, long bytes, List<String> mismatches,
                       boolean finished) {
        double stepsPerSecond() {
            return (lines - 1) / stepSeconds;
        }
    }

    private record Baseline(double seconds, double loopSeconds) {
    }

    /**
     * How the script is played: as a user types it (every line with the kernel's view, {@code --tcp each}),
     * and with the kernel's view on the last line only ({@code --tcp last}, the option for long scripts).
     */
    private static final List<String> MODES = List.of("", " --tcp last");

    private final Path base;
    private final Path out;
    private final int runs = Integer.getInteger("bench.runs", 3);
    private final double slow = Double.parseDouble(System.getProperty("bench.playerSlowSeconds", "60"));
    private final double bound = Double.parseDouble(System.getProperty("bench.playerBoundSeconds", "900"));
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final List<String> notes = new ArrayList<>();
    private static final int QUEUED = 300;
    private static final int AFTER_FIN = 16;

    PlayerBenchmark(Path base, Path out) {
        this.base = base;
        this.out = out;
    }

    Section run() throws IOException, InterruptedException {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Each run its own JVM, from process start to exit; median of up to %d"
                + " alternating runs [min–max]. Player: `java -jar target/socketlab.jar play [--tcp last] --port 0 1 2"
                + " client1.init client1.connect server.accept client1.send#%d worker1.receive …` (2 + 5 steps a"
                + " client, output read and counted by the benchmark); baseline: `java -cp target/test-classes %s"
                + " N`. \"Steps\" is the player's pace from its first JSON line to its last.%n%n", runs, PlainNioLoop.BYTES,
                PlainNioLoop.class.getName()));
        md.append("| clients | steps | played by | player (s) | steps (s) | steps/s | output (MB) | plain NIO loop (s)"
                + " | its loop alone (ms) | player ÷ NIO | counters exact |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        List<Figure> figures = new ArrayList<>();
        Set<String> tooSlow = new HashSet<>();
        for (String count : System.getProperty("bench.clients", "100,1000").split(",")) {
            int clients = Integer.parseInt(count.strip());
            Map<String, List<Run>> player = new LinkedHashMap<>();
            List<Baseline> nio = new ArrayList<>();
            for (int i = 1; i <= runs && !tooSlow.containsAll(MODES); i++) {
                nio.add(plainLoop(clients));
                for (String mode : MODES) {
                    if (tooSlow.contains(mode)) {
                        continue;
                    }
                    Run r = player(clients, mode, i);
                    player.computeIfAbsent(mode, k -> new ArrayList<>()).add(r);
                    if (!r.finished || r.seconds > slow) {
                        tooSlow.add(mode);
                        notes.add(String.format(Locale.ROOT, "`play%s`, %d clients: run %d took %.0f s (over %.0f s):"
                                + " no more runs of it, nor of a larger script", mode, clients, i, r.seconds, slow));
                    }
                }
            }
            for (String mode : MODES) {
                if (player.containsKey(mode)) {
                    row(md, figures, clients, mode, player.get(mode), nio);
                } else {
                    notes.add("`play" + mode + "`, " + clients + " clients: skipped (a smaller script was too slow)");
                }
            }
        }
        md.append('\n');
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        pace(md, figures);
        return new Section("player", md.toString(), figures);
    }

    private static void row(StringBuilder md, List<Figure> figures, int clients, String mode, List<Run> player,
            List<Baseline> nio) {
        double playerSeconds = Stats.median(player, Run::seconds);
        double nioSeconds = Stats.median(nio, Baseline::seconds);
        List<String> wrong = player.stream().flatMap(r -> r.mismatches.stream()).distinct().limit(10).toList();
        String exact = wrong.isEmpty() && player.stream().allMatch(r -> r.errors == 0) ? "yes" : "no: "
                + String.join("; ", wrong) + errors(player);
        md.append(String.format(Locale.ROOT, "| %d | %d | `play%s` | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                clients, PlayerScript.steps(clients).size(), mode, Stats.cell("%.2f", player, Run::seconds),
                Stats.cell("%.2f", player, Run::stepSeconds), Stats.cell("%.0f", player, Run::stepsPerSecond),
                Stats.cell("%.1f", player, r -> r.bytes / 1e6), Stats.cell("%.2f", nio, Baseline::seconds),
                Stats.cell("%.1f", nio, b -> b.loopSeconds * 1000), Stats.ratio(playerSeconds / nioSeconds), exact));
        String what = clients + "-client script, `play" + mode + "`";
        figures.add(Figure.of(what + " (s) vs plain NIO loop", "%.2f", playerSeconds, nioSeconds));
        figures.add(new Figure(what + ": steps/s; counters exact: " + (exact.equals("yes") ? "yes" : "no"),
                String.format(Locale.ROOT, "%.0f", Stats.median(player, Run::stepsPerSecond)), "—", "—", Double.NaN));
    }

    private static String errors(List<Run> runs) {
        int errors = runs.stream().mapToInt(Run::errors).max().orElse(0);
        return errors == 0 ? "" : "; steps that returned an error: " + errors;
    }

    private Baseline plainLoop(int clients) throws IOException, InterruptedException {
        long began = System.nanoTime();
        String text = ChildProcess.run(Duration.ofMinutes(10), List.of(java, "-cp",
                base.resolve("target/test-classes").toString(), PlainNioLoop.class.getName(),
                Integer.toString(clients))).output();
        double seconds = (System.nanoTime() - began) / 1e9;
        long loop = -1;
        long received = -1;
        for (String line : text.split("\n")) {
            if (line.startsWith("loop ")) {
                loop = Long.parseLong(line.substring(5).strip());
            } else if (line.startsWith("received ")) {
                received = Long.parseLong(line.substring(9).strip());
            }
        }
        if (received != (long) clients * PlainNioLoop.BYTES) {
            throw new IllegalStateException("the plain NIO loop failed: " + text);
        }
        return new Baseline(seconds, loop / 1e9);
    }

    private Run player(int clients, String mode, int run) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>();
        if (!mode.isBlank()) {
            args.addAll(List.of(mode.strip().split(" ")));
        }
        args.addAll(List.of("--port", "0"));
        args.addAll(PlayerScript.steps(clients));
        Played p = launch(args, "player-" + clients + mode.replaceAll("[^a-z]+", "-") + "-" + run);
        Lines lines = p.lines;
        boolean finished = p.exit == 0 && lines.count == PlayerScript.steps(clients).size();
        List<String> wrong = finished ? PlayerScript.mismatches(lines.counters, clients)
                : List.of("the player ended after " + lines.count + " lines (exit " + p.exit + ", bound " + bound + " s)");
        notes.add(String.format(Locale.ROOT, "`play%s`, %d clients, run %d: %.2f s, %d lines, %d errors, counters %s",
                mode, clients, run, p.seconds, lines.count, lines.errors,
                wrong.isEmpty() ? "exact" : String.join("; ", wrong)));
        return new Run(p.seconds, (lines.lastNanos - lines.firstNanos) / 1e9, lines.count, lines.errors, lines.bytes,
                wrong, finished);
    }

    private record Played(double seconds, int exit, Lines lines) {
    }

    /** Runs {@code java -jar target/socketlab.jar play ARGS…}, reading its output as it comes; ended after the bound. */
    private Played launch(List<String> args, String name) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java, "-jar", "target/socketlab.jar", "play"));
        command.addAll(args);
        long began = System.nanoTime();
        Path errors = out.resolve(name + ".err");
        Process p = new ProcessBuilder(command).directory(base.toFile()).redirectError(errors.toFile()).start();
        Thread watchdog = new Thread(() -> {
            try {
                if (!p.waitFor((long) (bound * 1000), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-player-bound");
        watchdog.setDaemon(true);
        watchdog.start();
        Lines lines = Lines.read(p.getInputStream());
        int exit = p.waitFor();
        return new Played((System.nanoTime() - began) / 1e9, exit, lines);
    }

    /**
     * The player's pace where the kernel will not finish something by itself: {@value #QUEUED} clients connecting
     * before any Accept with the default backlog (100), then as many Accepts; and {@value #AFTER_FIN} steps after
     * a FIN that waits behind 3,000,000 bytes the peer never reads. Median of {@code bench.runs} runs each.
     */
    private void pace(StringBuilder md, List<Figure> figures) throws IOException, InterruptedException {
        List<String> queued = new ArrayList<>(List.of("--port", "0", "1", "2"));
        for (int i = 1; i <= QUEUED; i++) {
            queued.addAll(List.of("client" + i + ".init", "client" + i + ".connect"));
        }
        for (int i = 1; i <= QUEUED; i++) {
            queued.add("server.accept");
        }
        List<String> fin = new ArrayList<>(List.of("--port", "0", "1", "2", "3", "4", "5", "worker1.send#3000000",
                "worker1.close"));
        for (int i = 0; i < AFTER_FIN; i++) {
            fin.add("server.accept");
        }
        List<Played> q = new ArrayList<>();
        List<Played> f = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            q.add(launch(queued, "pace-queued-" + i));
            f.add(launch(fin, "pace-fin-" + i));
        }
        md.append(String.format(Locale.ROOT, "%n### Where the kernel will not finish by itself%n%n"
                + "| script | steps | whole run (s) | steps after (s) | Accepts that returned ok | errors |%n"
                + "|---|---|---|---|---|---|%n"));
        md.append(String.format(Locale.ROOT, "| %d clients connect before any Accept (backlog 100), then %d Accepts"
                + " | %d | %s | — | %s | %s |%n", QUEUED, QUEUED, queued.size() - 2, Stats.cell("%.2f", q, Played::seconds),
                Stats.cell("%.0f", q, p -> p.lines.ok.getOrDefault("server.accept", 0)),
                Stats.cell("%.0f", q, p -> p.lines.errors)));
        md.append(String.format(Locale.ROOT, "| `worker1.send#3000000 worker1.close` (the peer reads nothing), then %d"
                + " steps | %d | %s | %s | — | %s |%n", AFTER_FIN, fin.size() - 2, Stats.cell("%.2f", f, Played::seconds),
                Stats.cell("%.2f", f, p -> p.lines.secondsAfter(7)), Stats.cell("%.0f", f, p -> p.lines.errors)));
        figures.add(new Figure(QUEUED + " clients connecting before any Accept, backlog 100 (s)",
                String.format(Locale.ROOT, "%.2f", Stats.median(q, Played::seconds)), "—", "—", Double.NaN));
        figures.add(new Figure(AFTER_FIN + " steps after a FIN behind unread bytes (s)",
                String.format(Locale.ROOT, "%.2f", Stats.median(f, p -> p.lines.secondsAfter(7))), "—", "—", Double.NaN));
    }

    /** The player's output, read as it comes: lines, bytes, error lines, when the first and last ended. */
    private static final class Lines {
        private static final byte[] ERROR = "\"outcome\":\"error\"".getBytes(StandardCharsets.UTF_8);
        private static final ObjectMapper JSON = new ObjectMapper();
        private static final int HEAD = 300;
        int count;
        int errors;
        long bytes;
        long firstNanos;
        long lastNanos;
        private byte[] last = new byte[0];
        /** Each socket's counters as the newest line that listed them shows them. */
        final ObjectNode counters = JSON.createObjectNode();
        /** When each line ended. */
        final List<Long> ends = new ArrayList<>();
        /** How many steps returned ok, by step text. */
        final Map<String, Integer> ok = new HashMap<>();

        static Lines read(InputStream in) throws IOException {
            Lines lines = new Lines();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                lines.bytes += n;
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line.write(buffer, from, i - from);
                        lines.end(line);
                        from = i + 1;
                    }
                }
                line.write(buffer, from, n - from);
            }
            return lines;
        }

        private void end(ByteArrayOutputStream line) {
            lastNanos = System.nanoTime();
            if (count++ == 0) {
                firstNanos = lastNanos;
            }
            ends.add(lastNanos);
            byte[] bytes = line.toByteArray();
            if (contains(bytes, ERROR)) {
                errors++;
            }
            last = bytes;
            line.reset();
            try {
                JsonNode node = JSON.readTree(bytes);
                node.path("counters").fields().forEachRemaining(e -> counters.set(e.getKey(), e.getValue()));
                if (node.path("outcome").asText().equals("ok")) {
                    ok.merge(node.path("step").asText(), 1, Integer::sum);
                }
            } catch (IOException e) {
                errors++;
            }
        }

        /** Seconds from the end of line {@code from} (counting from 1) to the end of the last line. */
        double secondsAfter(int from) {
            return ends.size() < from ? Double.NaN : (lastNanos - ends.get(from - 1)) / 1e9;
        }

        /** Whether the head of the line (where "outcome" is) holds the pattern. */
        String last() {
            return new String(last, StandardCharsets.UTF_8);
        }

        private static boolean contains(byte[] line, byte[] pattern) {
            for (int i = 0; i + pattern.length <= Math.min(line.length, HEAD); i++) {
                int k = 0;
                while (k < pattern.length && line[i + k] == pattern[k]) {
                    k++;
                }
                if (k == pattern.length) {
                    return true;
                }
            }
            return false;
        }
    }
}
