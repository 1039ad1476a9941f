package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A player stopped before its end (SIGTERM, as Ctrl+C or a service manager stops it) writes what --record
 * and --diagram hold so far and says so on stderr, in a JVM of its own.
 */
class PlayerInterruptTest {
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static ChildProcess player(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.socketlab.Launcher", "play"));
        command.addAll(List.of(args));
        return ChildProcess.start(command);
    }

    @Test
    void stoppedMidRunItWritesTheStepsSoFarAndSaysSo() throws IOException {
        Path lesson = dir.resolve("stopped.lesson");
        Path svg = dir.resolve("stopped.svg");
        try (ChildProcess child = player("--lang", "en", "--port", "0", "--tcp", "off", "--record",
                lesson.toString(), "--diagram", svg.toString(), "1", "2", "wait=120000")) {
            assertThat(child.nextLine(BOUND)).contains("\"step\":\"server.init\"");
            assertThat(child.nextLine(BOUND)).contains("\"step\":\"server.listen\"");
            child.terminate(); // during the long wait
            ChildProcess.Result result = child.finish(BOUND);
            assertThat(result.output()).contains("socketlab play: stopped; the 2 steps run so far were written to "
                    + lesson).contains("socketlab play: stopped; the diagram so far was written to " + svg);
        }
        String text = Files.readString(lesson, StandardCharsets.UTF_8);
        assertThat(text).contains("\nstep: server.init\nstep: server.listen\n").doesNotContain("wait=");
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("<svg ");
    }
}
