package org.socketlab.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Window start to visible: from just before the process is started to the X server mapping its first
 * top-level window ({@link MapWatch}), for the SocketLab jar as a user starts it, against a bare JavaFX
 * window of the same size with one Label ({@link BareWindow}, only JavaFX's jars on its class path). When
 * the distribution's AppCDS archive ({@code target/socketlab.jsa}) or image ({@code target/dist/…/bin/socketlab})
 * exists, they are measured too. One unmeasured round first (it also gives the bare window its size; the jar's
 * and the image's first starts write their window's class archive into an empty cache, which later starts map:
 * {@code org.socketlab.WindowClassArchive}, src/main/dist/socketlab), then {@code bench.startRuns} rounds, each
 * launching every variant once in turn; medians. The AppCDS line passes an archive of its own, so its window's JVM
 * maps that one instead.
 */
final class StartupBenchmark {
    private static final double VISIBLE_BOUND_SECONDS = 60;

    private record Launch(String name, String shown, List<String> command) {
        boolean image() {
            return command.get(0).endsWith("socketlab");
        }
    }

    /** A launch's window: mapped so many milliseconds after the launch, at this size. */
    private record Visible(double millis, int width, int height) {
    }

    private final Xvfb x;
    private final Path base;
    private final Path out;
    private final int runs = Integer.getInteger("bench.startRuns", 5);
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final Map<String, List<Double>> millis = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    /**
     * SocketLab's cache ($XDG_CACHE_HOME) for its launches: a new, empty folder each run, so that the jar's and the
     * image's first starts are first starts (each writes its window's class archive there).
     */
    private Path cache;

    StartupBenchmark(Xvfb x, Path base, Path out) {
        this.x = x;
        this.base = base;
        this.out = out;
    }

    Section run() throws IOException, InterruptedException {
        cache = Files.createTempDirectory(out, "cache-");
        List<Launch> launches = new ArrayList<>(socketLabLaunches());
        try (MapWatch watch = MapWatch.open(x.display)) {
            Visible first = launch(watch, launches.get(0), 0);
            if (first == null) {
                return new Section("startup", "The SocketLab window did not open; see " + out + ".\n", List.of());
            }
            launches.add(0, bare(first.width(), first.height()));
            notes.add(String.format(Locale.ROOT, "unmeasured first launch of the jar (with an empty cache): window %d×%d"
                    + " mapped after %.0f ms; the class archive its window's JVM wrote at exit: %s", first.width(),
                    first.height(), first.millis(), archive("jar-")));
            launch(watch, launches.get(0), 0);
            for (Launch l : launches) {
                if (l.image()) {
                    firstImageStart(watch, l);
                }
            }
            for (int run = 1; run <= runs; run++) {
                for (Launch l : launches) {
                    Visible m = launch(watch, l, run);
                    if (m != null) {
                        millis.computeIfAbsent(l.name, k -> new ArrayList<>()).add(m.millis());
                        if (run == 1) {
                            notes.add(String.format(Locale.ROOT, "%s: window %d×%d", l.name, m.width(), m.height()));
                        }
                    } else {
                        notes.add(l.name + " run " + run + ": no window within " + VISIBLE_BOUND_SECONDS + " s");
                    }
                }
            }
        }
        return section(launches);
    }

    /** The jar as a user starts it; the AppCDS archive and the image when the build made them. */
    private List<Launch> socketLabLaunches() throws IOException {
        List<Launch> launches = new ArrayList<>();
        launches.add(new Launch("SocketLab jar", "java -jar target/socketlab.jar",
                List.of(java, "-jar", "target/socketlab.jar")));
        if (Files.isRegularFile(base.resolve("target/socketlab.jsa"))) {
            launches.add(new Launch("SocketLab jar + AppCDS",
                    "java -XX:SharedArchiveFile=target/socketlab.jsa -Xshare:auto -jar target/socketlab.jar",
                    List.of(java, "-XX:SharedArchiveFile=target/socketlab.jsa", "-Xshare:auto", "-jar",
                            "target/socketlab.jar")));
        }
        Path dist = base.resolve("target/dist");
        if (Files.isDirectory(dist)) {
            try (Stream<Path> files = Files.find(dist, 4, (p, a) -> p.endsWith(Path.of("bin", "socketlab"))
                    && Files.isExecutable(p))) {
                files.sorted().findFirst().ifPresent(p -> launches.add(new Launch("SocketLab image",
                        base.relativize(p).toString(), List.of(p.toString()))));
            }
        }
        return launches;
    }

    /**
     * The image's first start on this machine: it archives the window's classes at exit, and later starts map
     * them (src/main/dist/socketlab); unmeasured like the jar's first launch, noted with whether it left the archive.
     */
    private void firstImageStart(MapWatch watch, Launch image) throws IOException, InterruptedException {
        Visible first = launch(watch, image, 0);
        notes.add(String.format(Locale.ROOT, "unmeasured first start of the image (with an empty cache): window mapped"
                + " after %s; the class archive it wrote at exit: %s", first == null ? "— (no window)"
                : String.format(Locale.ROOT, "%.0f ms", first.millis()), archive("window-")));
    }

    /** The class archive in the cache whose name starts so: its name and size, or "none". */
    private String archive(String prefix) throws IOException {
        List<Path> archives;
        try (Stream<Path> files = Files.list(cache.resolve("socketlab"))) {
            archives = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.toString().endsWith(".jsa")).toList();
        } catch (IOException e) {
            archives = List.of();
        }
        return archives.isEmpty() ? "none" : archives.get(0).getFileName()
                + String.format(Locale.ROOT, ", %.1f MiB", Files.size(archives.get(0)) / 1048576.0);
    }

    /** The bare window on a class path of JavaFX's jars and the benchmark's classes only. */
    private Launch bare(int width, int height) {
        String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.contains("javafx") || e.endsWith("test-classes"))
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        return new Launch("bare JavaFX window", "java -cp JAVAFX_JARS:target/test-classes "
                + BareWindow.class.getName() + " " + width + " " + height,
                List.of(java, "-cp", classPath, BareWindow.class.getName(), Integer.toString(width),
                        Integer.toString(height)));
    }

    /** Starts one launch, waits for its window, ends it (and its children: a launcher script's JVM). */
    private Visible launch(MapWatch watch, Launch l, int run) throws IOException, InterruptedException {
        Path log = out.resolve("startup-" + l.name.replaceAll("[^A-Za-z]+", "-").toLowerCase(Locale.ROOT) + "-" + run
                + ".log");
        ProcessBuilder builder = new ProcessBuilder(l.command).directory(base.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DISPLAY", x.display);
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("GDK_BACKEND", "x11");
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        watch.clear();
        long started = System.nanoTime();
        Process p = builder.start();
        MapWatch.Mapped mapped = watch.next(VISIBLE_BOUND_SECONDS);
        if (run == 1 && mapped != null && l.command.get(0).equals(java) && p.children().findAny().isPresent()) {
            notes.add(String.format(Locale.ROOT, "%s: the JVM `java` started opened the window in a JVM of its own"
                    + " (with the window's options) and waits beside it with %.1f MiB RSS, of it %.1f MiB its own"
                    + " (RssAnon; the rest are files both JVMs map: the JVM's library, the class archives)", l.name,
                    MemoryBenchmark.vmRss(p.pid()) / 1024.0, MemoryBenchmark.status(p.pid(), "RssAnon") / 1024.0));
        }
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
        }
        Thread.sleep(1000); // let the machine calm down between launches
        return mapped == null ? null : new Visible((mapped.nanos() - started) / 1e6, mapped.width(), mapped.height());
    }

    private Section section(List<Launch> launches) {
        double bare = Stats.median(millis.getOrDefault(launches.get(0).name, List.of()), Double::doubleValue);
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "From just before the process is started to the X server mapping its"
                + " first top-level window (a MapNotify event on the root window, read by the benchmark's own X11"
                + " client: no polling), under Xvfb with the GTK glass; median of %d alternating runs [min–max], in"
                + " milliseconds. Each launch is ended as soon as its window is mapped, then 1 s of rest. `java` is"
                + " `%s`; the working directory is the project's.%n%n", runs, java));
        md.append("| launched | start to visible (ms) | ratio to bare |\n|---|---|---|\n");
        List<Figure> figures = new ArrayList<>();
        for (Launch l : launches) {
            List<Double> m = millis.getOrDefault(l.name, List.of());
            double median = Stats.median(m, Double::doubleValue);
            md.append("| ").append(l.name).append(": `").append(l.shown).append("` | ")
                    .append(Stats.cell("%.0f", m, Double::doubleValue)).append(" | ")
                    .append(l == launches.get(0) ? "1" : Stats.ratio(median / bare)).append(" |\n");
            if (l != launches.get(0)) {
                figures.add(Figure.of("Start to visible (ms): " + l.name + " vs bare JavaFX window", "%.0f", median,
                        bare));
            }
        }
        md.append("\n");
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        return new Section("startup", md.toString(), figures);
    }
}
