package org.socketlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The image's start script (src/main/dist/socketlab), run by {@code sh} in an image of stand-ins: a {@code java}
 * that prints its arguments, writes the class archive it is asked to write at exit, answers the archive's check
 * with {@code CHECK_EXIT}, and exits with {@code EXIT}. The window gets its JVM options and, from its second start
 * on, the class archive its first start wrote; the player gets neither.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ImageScriptTest {
    private static final String STAND_IN_JAVA = """
            #!/bin/sh
            for a; do
              case $a in
                -XX:ArchiveClassesAtExit=*) echo archive > "${a#*=}" ;;
                -version) exit "${CHECK_EXIT:-0}" ;;
              esac
            done
            printf '%s\\n' "$@"
            if [ -n "${TERM_MARK:-}" ]; then
              trap 'echo ended > "$TERM_MARK"; exit 143' TERM
              echo started > "$TERM_MARK.started"
              sleep 60 & wait $!
            fi
            exit "${EXIT:-0}"
            """;

    @TempDir
    Path image;
    @TempDir
    Path cache;
    private Path script;
    private Path base;

    @BeforeEach
    void standInImage() throws IOException {
        script = image.resolve("bin/socketlab");
        Path java = image.resolve("runtime/bin/java");
        Files.createDirectories(script.getParent());
        Files.createDirectories(java.getParent());
        Files.createDirectories(image.resolve("lib"));
        Files.createDirectories(image.resolve("runtime/lib"));
        Files.copy(Path.of("src/main/dist/socketlab"), script);
        Files.writeString(java, STAND_IN_JAVA, StandardCharsets.UTF_8);
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Files.writeString(image.resolve("runtime/lib/modules"), "modules");
        Files.writeString(image.resolve("lib/socketlab.jar"), "jar");
        base = image.resolve("lib/socketlab.jsa");
        Files.writeString(base, "base archive");
    }

    @Test
    void theWindowGetsItsOptionsAndThePlayerNone() throws Exception {
        List<String> window = run(Map.of(), "--port", "0");
        assertThat(window.subList(0, WindowJvm.OPTIONS.size())).isEqualTo(WindowJvm.OPTIONS);
        assertThat(window).endsWith("org.socketlab.Launcher", "--port", "0");
        List<String> player = run(Map.of(), "play", "1");
        assertThat(player).doesNotContainAnyElementsOf(WindowJvm.OPTIONS).endsWith("org.socketlab.Launcher", "play", "1")
                .contains("-XX:SharedArchiveFile=" + base).noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void theFirstStartArchivesTheWindowsClassesAndLaterStartsMapThem() throws Exception {
        List<String> first = run(Map.of("EXIT", "3"), "--port", "0");
        assertThat(first).contains("-XX:SharedArchiveFile=" + base)
                .anyMatch(a -> a.matches("-XX:ArchiveClassesAtExit=" + cache.resolve("socketlab") + "/window-\\d+\\.jsa\\.\\d+"));
        List<Path> archives = archives();
        assertThat(archives).as("the archive, renamed once checked").hasSize(1)
                .allMatch(p -> p.getFileName().toString().matches("window-\\d+\\.jsa"));

        List<String> second = run(Map.of(), "--port", "0");
        assertThat(second).contains("-XX:SharedArchiveFile=" + base + ":" + archives.get(0))
                .noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(second.subList(0, WindowJvm.OPTIONS.size())).isEqualTo(WindowJvm.OPTIONS);
        assertThat(second).endsWith("org.socketlab.Launcher", "--port", "0");
    }

    @Test
    void anArchiveTheRuntimeRefusesIsNotKept() throws Exception {
        run(Map.of("CHECK_EXIT", "134"), "--port", "0");
        assertThat(archives()).isEmpty();
        assertThat(run(Map.of(), "--port", "0")).as("the next start tries again")
                .anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
    }

    @Test
    void aChangedImageMakesANewArchive() throws Exception {
        run(Map.of(), "--port", "0");
        Files.writeString(image.resolve("lib/socketlab.jar"), " rebuilt", StandardOpenOption.APPEND);
        assertThat(run(Map.of(), "--port", "0")).noneMatch(a -> a.contains(":" + cache))
                .anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(archives()).hasSize(2);
    }

    @Test
    void offLeavesTheArchiveOut() throws Exception {
        List<String> off = run(Map.of("SOCKETLAB_CLASS_ARCHIVE", "off"), "--port", "0");
        assertThat(off).contains("-XX:SharedArchiveFile=" + base).noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(off.subList(0, WindowJvm.OPTIONS.size())).isEqualTo(WindowJvm.OPTIONS);
        assertThat(archives()).isEmpty();
    }

    @Test
    void endingTheScriptWhileTheFirstStartRunsEndsTheWindowsJvm() throws Exception {
        Path mark = cache.resolve("term-mark");
        Process p = start(Map.of("TERM_MARK", mark.toString()), "--port", "0");
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(Path.of(mark + ".started")));
            p.destroy(); // SIGTERM to the script, as a desktop's "end task" or the benchmark sends it
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(mark));
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("the window's JVM's exit code").isEqualTo(143);
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private List<Path> archives() throws IOException {
        Path dir = cache.resolve("socketlab");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** Runs the script to its end; the stand-in java's arguments (the window's, not the check's). */
    private List<String> run(Map<String, String> env, String... args) throws Exception {
        Process p = start(env, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(Integer.parseInt(env.getOrDefault("EXIT", "0")));
        return out.lines().toList();
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().putAll(env);
        return builder.start();
    }
}
