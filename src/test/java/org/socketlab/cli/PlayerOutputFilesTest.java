package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: what the player writes at the end is checked before the first step (an existing --record
 * file is kept unless --force, the lesson being played always; a path that cannot be written is refused),
 * and an await= that waits out its bound makes the exit status non-zero.
 */
class PlayerOutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void anExistingRecordIsKeptUnlessForced() throws IOException {
        Path kept = dir.resolve("monday.lesson");
        Files.writeString(kept, "mine", StandardCharsets.UTF_8);
        PlayerTest.Run refused = PlayerTest.play("--port", "0", "--record", kept.toString(), "1");
        assertThat(refused.exit()).isEqualTo(PlayCommand.EXIT_MALFORMED);
        assertThat(refused.lines()).as("nothing ran").singleElement()
                .satisfies(line -> assertThat(line.path("message").asText()).contains("exists already")
                        .contains("--force"));
        assertThat(Files.readString(kept)).isEqualTo("mine");

        PlayerTest.Run forced = PlayerTest.play("--port", "0", "--record", kept.toString(), "--force", "1");
        assertThat(forced.exit()).isZero();
        assertThat(Files.readString(kept)).startsWith("title: monday");
    }

    @Test
    void theLessonBeingPlayedIsNeverWrittenOver() throws IOException {
        Path lesson = dir.resolve("mine.lesson");
        String text = "title: Mine\nstep: 1\n";
        Files.writeString(lesson, text, StandardCharsets.UTF_8);
        PlayerTest.Run run = PlayerTest.play("--port", "0", "--lesson", lesson.toString(), "--record",
                lesson.toString(), "--force");
        assertThat(run.exit()).isEqualTo(PlayCommand.EXIT_MALFORMED);
        assertThat(run.lines()).singleElement()
                .satisfies(line -> assertThat(line.path("message").asText()).contains("the lesson being played"));
        assertThat(Files.readString(lesson)).isEqualTo(text);
    }

    @Test
    void aDiagramOrRecordPathThatCannotBeWrittenIsRefusedBeforeTheFirstStep() throws IOException {
        PlayerTest.Run noDir = PlayerTest.play("--port", "0", "--diagram", dir.resolve("no/x.svg").toString(), "1");
        assertThat(noDir.exit()).isEqualTo(PlayCommand.EXIT_MALFORMED);
        assertThat(noDir.lines()).singleElement().satisfies(line -> {
            assertThat(line.path("step").asText()).isEqualTo("diagram");
            assertThat(line.path("message").asText()).contains("its directory does not exist");
        });
        PlayerTest.Run aDirectory = PlayerTest.play("--port", "0", "--record", dir.toString(), "--force", "1");
        assertThat(aDirectory.lines()).singleElement()
                .satisfies(line -> assertThat(line.path("message").asText()).contains("is a directory"));
        Path existing = dir.resolve("old.svg");
        Files.writeString(existing, "old", StandardCharsets.UTF_8);
        PlayerTest.Run replaced = PlayerTest.play("--port", "0", "--diagram", existing.toString(), "1");
        assertThat(replaced.exit()).as("a diagram is replaced, as before").isZero();
        assertThat(Files.readString(existing)).contains("<svg ");
    }

    @Test
    void anAwaitThatTimesOutMakesTheExitStatusNonZero() {
        PlayerTest.Run run = PlayerTest.play("--port", "0", "--await-timeout", "300", "1", "2",
                "await=server.accept=1");
        assertThat(run.last().path("outcome").asText()).isEqualTo("error");
        assertThat(run.last().path("message").asText()).isEqualTo("waited 0.3 s and server OnAccept = 1 never happened");
        assertThat(run.exit()).isEqualTo(PlayCommand.EXIT_PROMISE_BROKEN);

        PlayerTest.Run reached = PlayerTest.play("--port", "0", "--await-timeout", "20000", "1", "2", "3", "4",
                "await=server.accept=1");
        assertThat(reached.exit()).isZero();
        assertThat(PlayerTest.play("--await-timeout", "0", "1").exit()).isEqualTo(PlayCommand.EXIT_MALFORMED);
    }

    @Test
    void outputThatCannotBeWrittenStopsTheRunWithOneLineOnStderr() {
        // a pipe whose reader left after two lines: every later write fails, as with "play ... | head -2"
        java.util.concurrent.atomic.AtomicInteger lines = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger triedAfter = new java.util.concurrent.atomic.AtomicInteger();
        java.io.OutputStream pipe = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (lines.get() >= 2) {
                    triedAfter.incrementAndGet();
                    throw new IOException("Broken pipe");
                }
                for (int i = off; i < off + len; i++) {
                    if (b[i] == '\n') {
                        lines.incrementAndGet();
                    }
                }
            }
        };
        java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        java.io.PrintStream realErr = System.err;
        int exit;
        System.setErr(new java.io.PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            exit = PlayerMain.run(new String[] {"--port", "0", "1", "2", "3", "4", "5", "6", "7", "7", "7", "7"},
                    new java.io.PrintStream(pipe, true, StandardCharsets.UTF_8));
        } finally {
            System.setErr(realErr);
        }
        assertThat(exit).isEqualTo(PlayerMain.EXIT_FAILED);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(
                "socketlab play: its output could not be written (a closed pipe or a full disk?); it stopped there"
                        + System.lineSeparator());
        assertThat(triedAfter.get()).as("the run stopped at the first lost line, not after ten more steps")
                .isLessThanOrEqualTo(2);
    }
}
