package org.socketlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's JVM: started with the window's options however SocketLab is launched (the jar relaunches, the
 * image's script ({@link ImageScriptTest}) and {@code mvn javafx:run} pass them), the player without them; real
 * JVMs, no display needed (the mains below stand in for the window).
 */
class WindowJvmTest {
    /** What {@link Reports} exits with when its JVM has the window's options. */
    static final int HAS_OPTIONS = 7;
    /** What {@link Relaunches} exits with when the window would open in its own JVM. */
    static final int OPENS_HERE = 50;

    /** Stands in for the window: exits {@link #HAS_OPTIONS} in a JVM started with the window's options. */
    public static final class Reports {
        public static void main(String[] args) {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            boolean c1Only = vm.getVMOption("TieredStopAtLevel").getValue().equals("1");
            System.exit(c1Only && WindowJvm.hasOptions() ? HAS_OPTIONS : c1Only ? 1 : 2);
        }
    }

    /** Stands in for a window that stays open: writes its process id to the file named, then waits. */
    public static final class Stays {
        public static void main(String[] args) throws Exception {
            Files.writeString(Path.of(args[0]), Long.toString(ProcessHandle.current().pid()));
            // nothing counts it down: open until ended, at most 5 minutes, so a failed test leaves no process
            new CountDownLatch(1).await(5, TimeUnit.MINUTES);
        }
    }

    /** Stands in for the Launcher: opens "the window" ({@code args[0]}) as the Launcher does. */
    public static final class Relaunches {
        public static void main(String[] args) {
            List<String> rest = List.of(args).subList(1, args.length);
            System.exit(WindowJvm.relaunch(args[0], rest).orElse(OPENS_HERE));
        }
    }

    @Test
    void theWindowsJvmGetsItsOptionsFirstSoThatTheUsersOwnWin() {
        assertThat(WindowJvm.command(Optional.of("/opt/jdk/bin/java"), List.of("-XX:SharedArchiveFile=/c/jar-1.jsa"),
                List.of("-Xmx300m", "-Dprism.order=sw"), "socketlab.jar", null, "org.socketlab.Launcher",
                List.of("--port", "0")))
                .contains(List.of("/opt/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-Dprism.disableRegionCaching=true",
                        "-Dsocketlab.windowJvm=true", "-XX:SharedArchiveFile=/c/jar-1.jsa",
                        "-Xmx300m", "-Dprism.order=sw", "-cp", "socketlab.jar", "org.socketlab.Launcher", "--port",
                        "0"));
    }

    @Test
    void aDebuggerAnAgentAModulePathOrAProgramNotJavaKeepTheWindowInThisJvm() {
        for (String attached : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-javaagent:/tmp/agent.jar", "-agentpath:/tmp/libagent.so", "-Xdebug",
                "-XX:StartFlightRecording=filename=start.jfr")) {
            assertThat(WindowJvm.command(Optional.of("java"), List.of(), List.of(attached), "socketlab.jar", null,
                    "Main", List.of())).as(attached).isEmpty();
        }
        assertThat(WindowJvm.command(Optional.of("java"), List.of(), List.of(), "", "/javafx/lib", "Main",
                List.of())).isEmpty();
        assertThat(WindowJvm.command(Optional.empty(), List.of(), List.of(), "socketlab.jar", null, "Main",
                List.of())).isEmpty();
        assertThat(WindowJvm.command(Optional.of("/opt/SocketLab/bin/SocketLab"), List.of(), List.of(),
                "socketlab.jar", null, "Main", List.of())).as("jpackage's launcher").isEmpty();
        assertThat(WindowJvm.command(Optional.of("C:\\Java\\bin\\javaw.exe"), List.of(), List.of(),
                "socketlab.jar", null, "Main", List.of())).isPresent();
    }

    @Test
    void aJvmStartedWithoutTheOptionsOpensTheWindowInAJvmWithThemAndEndsWithItsCode() throws Exception {
        assertThat(relaunches(List.of(), Reports.class.getName())).isEqualTo(HAS_OPTIONS);
    }

    @Test
    void aJvmWithTheOptionsOrToldNotToOpensTheWindowItself() throws Exception {
        assertThat(relaunches(List.of("-Dsocketlab.windowJvm=true"), Reports.class.getName())).isEqualTo(OPENS_HERE);
        assertThat(relaunches(List.of("-Dsocketlab.relaunch=false"), Reports.class.getName())).isEqualTo(OPENS_HERE);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void endingTheFirstJvmEndsTheWindowsJvm(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("window.pid");
        Process first = start(List.of(), Stays.class.getName(), pidFile.toString());
        Optional<ProcessHandle> window = Optional.empty();
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pidFile) && Files.size(pidFile) > 0);
            window = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()));
            ProcessHandle started = window.orElseThrow();
            assertThat(first.children().map(ProcessHandle::pid)).contains(started.pid());
            first.destroy(); // SIGTERM, as a terminal's close or `kill` sends
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !started.isAlive());
        } finally {
            first.descendants().forEach(ProcessHandle::destroyForcibly);
            first.destroyForcibly();
            window.ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void mvnJavafxRunPassesTheOptions() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher plugin = Pattern.compile("<artifactId>javafx-maven-plugin</artifactId>(.*?)</plugin>", Pattern.DOTALL)
                .matcher(pom);
        assertThat(plugin.find()).isTrue();
        Matcher option = Pattern.compile("<option>([^<]*)</option>").matcher(plugin.group(1));
        List<String> options = new ArrayList<>();
        while (option.find()) {
            options.add(option.group(1));
        }
        assertThat(options).isEqualTo(WindowJvm.OPTIONS);
    }

    /** Runs {@link Relaunches} with these JVM options in a JVM of its own; its exit code. */
    private static int relaunches(List<String> jvmOptions, String window) throws Exception {
        Process p = start(jvmOptions, window);
        return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> p.waitFor());
    }

    /**
     * Starts {@link Relaunches} on the tests' class path (its folders hold classes no class archive can: the
     * window's JVM is told to leave the archive out, {@link WindowClassArchiveTest} runs it from a jar).
     */
    private static Process start(List<String> jvmOptions, String window, String... args) throws IOException {
        return start(System.getProperty("java.class.path"), Map.of(WindowClassArchive.SWITCH, "off"), jvmOptions,
                window, args);
    }

    /** Starts {@link Relaunches} on {@code classPath} with these environment variables added. */
    static Process start(String classPath, Map<String, String> env, List<String> jvmOptions, String window,
            String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, Relaunches.class.getName(), window));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        return builder.start();
    }
}
