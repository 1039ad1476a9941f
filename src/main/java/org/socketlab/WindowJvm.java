package org.socketlab;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.socketlab.os.OsKind;

/**
 * The JVM the window runs in. With its defaults HotSpot compiles hot code twice, first with C1 (fast to
 * compile) and then with C2 (slow to compile, faster code); on a lab PC with two cores C2's compiler threads
 * take a core from the FX thread while the window starts and while a class's bursts arrive, and the window's
 * work is short and varied, not the long loops C2 pays off on. So the window runs with C1 only
 * ({@code -XX:TieredStopAtLevel=1}); the headless player keeps the JVM's defaults. docs/performance.md has
 * the measurements.
 * <p>
 * JavaFX's own renderer is told not to keep region backgrounds in an image cache
 * ({@code prism.disableRegionCaching}): the cache's surface held 8 MiB of the window's heap, kept until JavaFX's
 * next rendering after it was let go, and the bursts were as fast without it.
 * <p>
 * The image's {@code bin/socketlab}, {@code mvn javafx:run} and the hosted CI's jpackage images pass
 * {@link #OPTIONS} themselves. A jar cannot carry JVM options, so when the window is asked of a JVM started without them ({@code java -jar}),
 * {@link #relaunch} starts the window in a JVM of its own with them (the same {@code java} program, the
 * user's JVM options after them, the same class path and arguments, the same terminal) and waits for it:
 * its exit code becomes this JVM's, and a signal that ends this JVM ends the window too. When that cannot
 * be done (no program path known, a debugger or agent attached, {@code -Dsocketlab.relaunch=false}, or the
 * start fails) the window opens in the JVM there is.
 */
public final class WindowJvm {
    /** The system property that tells a JVM started with {@link #OPTIONS}. */
    static final String MARKER = "socketlab.windowJvm";
    /** The window's JVM options, in the order every launcher passes them. */
    public static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Dprism.disableRegionCaching=true",
            "-D" + MARKER + "=true");
    /** Set to {@code false}, the window opens in the JVM that was started, with its options. */
    static final String RELAUNCH = "socketlab.relaunch";
    /**
     * JVM options a second JVM must not repeat: a debugger's port or an agent belongs to the first, and a flight
     * recording's file would be written by both (the first's, at its end, last).
     */
    private static final List<String> ATTACHED = List.of("-agentlib:", "-agentpath:", "-javaagent:", "-Xrunjdwp",
            "-Xdebug", "-XX:StartFlightRecording", "-XX:+FlightRecorder");
    /** The programs that start a JVM from options (not an app's own launcher, such as jpackage's). */
    private static final Set<String> JAVA = Set.of("java", "javaw", "java.exe", "javaw.exe");
    /** How long the window's JVM gets to end after this one was told to. */
    private static final long END_SECONDS = 10;

    private WindowJvm() {
    }

    /** Whether this JVM was started with the window's options. */
    static boolean hasOptions() {
        return Boolean.getBoolean(MARKER);
    }

    /**
     * Opens the window through {@code mainClass} in a JVM with {@link #OPTIONS} and waits for it to end;
     * returns its exit code, or nothing when the window should open in this JVM.
     */
    static OptionalInt relaunch(String mainClass, List<String> args) {
        if (hasOptions() || "false".equals(System.getProperty(RELAUNCH))) {
            return OptionalInt.empty();
        }
        Optional<String> program;
        List<String> jvmArguments;
        try {
            program = ProcessHandle.current().info().command();
            jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (LinkageError | RuntimeException e) {
            return OptionalInt.empty(); // a runtime without java.management, or no right to ask
        }
        String modulePath = System.getProperty("jdk.module.path");
        List<Path> classPath = WindowClassArchive.classPath(System.getProperty("java.class.path", ""));
        if (!canRelaunch(program, jvmArguments, classPath.isEmpty(), modulePath)) {
            return OptionalInt.empty(); // before the archive: a window that opens here leaves the cache alone
        }
        String absoluteClassPath = classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        Optional<WindowClassArchive> archive = WindowClassArchive.of(OsKind.current(), System.getenv(),
                System.getProperty("user.home", ""), jvmArguments, classPath,
                System.getProperty("java.home", "") + " " + System.getProperty("java.vm.version", ""),
                ProcessHandle.current().pid());
        Optional<List<String>> command = command(program, archive.map(WindowClassArchive::options).orElse(List.of()),
                jvmArguments, absoluteClassPath, modulePath, mainClass, args);
        String java = program.orElseThrow();
        return run(command.orElseThrow(), () -> archive.ifPresent(a -> a.settle(java, absoluteClassPath)));
    }

    /**
     * The command that starts the window's JVM: this JVM's program, {@link #OPTIONS} and {@code sharing} (its
     * class archive's options, {@link WindowClassArchive}), then this JVM's own
     * options (so that what the user chose wins), the class path, the main class and its arguments. Nothing
     * when the program is unknown or not {@code java} (an app launcher, which passes options of its own), the
     * class path empty, JavaFX or the app on a module path (the JVM was not
     * started as a jar or class path), or a debugger or agent is attached.
     */
    static Optional<List<String>> command(Optional<String> program, List<String> sharing, List<String> jvmArguments,
            String classPath, String modulePath, String mainClass, List<String> args) {
        if (!canRelaunch(program, jvmArguments, classPath.isEmpty(), modulePath)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(program.get());
        command.addAll(OPTIONS);
        command.addAll(sharing);
        command.addAll(jvmArguments);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        return Optional.of(command);
    }

    /** Whether the window's JVM can be started as {@link #command} says (else the window opens in this one). */
    private static boolean canRelaunch(Optional<String> program, List<String> jvmArguments, boolean noClassPath,
            String modulePath) {
        return program.isPresent() && JAVA.contains(fileName(program.get())) && !noClassPath && modulePath == null
                && jvmArguments.stream().noneMatch(a -> ATTACHED.stream().anyMatch(a::startsWith));
    }

    /** The program's file name in lower case, from a path of this system or of Windows. */
    private static String fileName(String program) {
        return program.substring(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Starts the command in this JVM's terminal and waits for it; nothing if it could not be started. {@code ended}
     * runs once the window's JVM has ended, whether it ended itself or this JVM was told to end.
     */
    static OptionalInt run(List<String> command, Runnable ended) {
        Process window;
        try {
            window = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            ended.run();
            return OptionalInt.empty();
        }
        Thread end = new Thread(() -> endWith(window, ended), "socketlab-window-jvm-end");
        Runtime.getRuntime().addShutdownHook(end);
        while (true) {
            try {
                int exit = window.waitFor();
                ended.run();
                return OptionalInt.of(exit);
            } catch (InterruptedException e) {
                // nothing interrupts the main thread; were it, the window still decides when this JVM ends
            }
        }
    }

    /**
     * When this JVM is told to end (Ctrl+C, a signal, a logout), the window's JVM is told too, and this JVM waits
     * for it (and then {@code ended}) before it ends.
     */
    private static void endWith(Process window, Runnable ended) {
        if (window.isAlive()) {
            window.destroy();
            try {
                if (!window.waitFor(END_SECONDS, TimeUnit.SECONDS)) {
                    window.destroyForcibly();
                }
            } catch (InterruptedException e) {
                window.destroyForcibly();
            }
        }
        ended.run();
    }
}
