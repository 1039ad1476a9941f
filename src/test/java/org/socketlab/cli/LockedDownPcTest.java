package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketlab.engine.LabResources;

/**
 * A PC that refuses what the lab needs at start (Windows under some security software: Selector.open() fails
 * with "Unable to establish loopback connection"): the player says what happened and what can be allowed,
 * in the chosen language, in one JSON error line with exit code 2, and no stack trace.
 */
class LockedDownPcTest {
    /** The JDK's words on Windows when the selector's loopback connection is blocked. */
    static final String LOOPBACK_REFUSED = "Unable to establish loopback connection";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A PC whose security software blocks the loopback connection every selector needs. */
    static final LabResources NO_SELECTOR = new LabResources() {
        @Override
        public Selector openSelector() throws IOException {
            throw new IOException(LOOPBACK_REFUSED, new ConnectException("Connection refused: connect"));
        }
    };

    private static PlayerTest.Run play(LabResources os, String... args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = PlayerMain.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8), os);
        String raw = bytes.toString(StandardCharsets.UTF_8);
        List<JsonNode> lines = raw.lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + l, e);
            }
        }).toList();
        return new PlayerTest.Run(exit, lines, raw);
    }

    private static void assertRefusedStart(PlayerTest.Run run) {
        assertThat(run.exit()).as(run.raw()).isEqualTo(PlayCommand.EXIT_MALFORMED);
        assertThat(run.lines()).as("one line, nothing run").hasSize(1);
        assertThat(run.last().path("step").asText()).isEqualTo("start");
        assertThat(run.last().path("outcome").asText()).isEqualTo("error");
        assertThat(run.last().path("java").asText()).isEqualTo("(not run)");
        assertThat(run.last().path("counters").size()).isZero();
    }

    @Test
    void aRefusedSelectorIsOneErrorLineThatSaysWhatToAllowInTheChosenLanguage() throws IOException {
        PlayerTest.Run en = play(NO_SELECTOR, "--lang", "en", "--port", "0", "1", "2");
        assertRefusedStart(en);
        assertThat(en.last().path("message").asText()).contains("refused SocketLab a selector")
                .contains(LOOPBACK_REFUSED).contains("then start SocketLab again");

        PlayerTest.Run ko = play(NO_SELECTOR, "--lang", "ko", "--port", "0", "--lesson", "seed-steps");
        assertRefusedStart(ko);
        assertThat(ko.last().path("message").asText()).contains("셀렉터").contains(LOOPBACK_REFUSED)
                .contains("다시 시작하세요");
    }

    @Test
    void aThreadTheOsDoesNotGiveIsSaidAndTheSelectorIsClosed() throws IOException {
        AtomicReference<Selector> opened = new AtomicReference<>();
        LabResources noThread = new LabResources() {
            @Override
            public Selector openSelector() throws IOException {
                opened.set(Selector.open());
                return opened.get();
            }

            @Override
            public void startThread(Thread thread) {
                throw new OutOfMemoryError("unable to create native thread: possibly out of memory or process/resource"
                        + " limits reached");
            }
        };
        PlayerTest.Run run = play(noThread, "--lang", "ko", "--port", "0", "1");
        assertRefusedStart(run);
        assertThat(run.last().path("message").asText()).contains("스레드").contains("unable to create native thread");
        assertThat(opened.get().isOpen()).as("the selector of a lab that never started is closed").isFalse();
    }

    /**
     * The real jar's entry point with the JDK's own Selector.open() refusing (the JDK's SelectorProvider
     * property names a provider that refuses): one line, exit code 2, nothing on stderr.
     */
    @Test
    void theLauncherSaysItWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.jsonl");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.nio.channels.spi.SelectorProvider=" + RefusingSelectorProvider.class.getName(),
                "-cp", System.getProperty("java.class.path"), "org.socketlab.Launcher",
                "play", "--lang", "ko", "--port", "0", "1", "2")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the player ended").isTrue();
        } finally {
            p.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(Files.readString(err)).as("stderr").isEmpty();
        assertThat(p.exitValue()).as("exit code; output %s", lines).isEqualTo(2);
        assertThat(lines).hasSize(1);
        JsonNode line = JSON.readTree(lines.get(0));
        assertThat(line.path("step").asText()).isEqualTo("start");
        assertThat(line.path("message").asText()).contains("셀렉터").contains(LOOPBACK_REFUSED);
    }
}
