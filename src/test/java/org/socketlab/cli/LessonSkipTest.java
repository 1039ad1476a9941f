package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketlab.engine.LabResources;
import org.socketlab.lesson.Language;
import org.socketlab.os.OsKind;
import picocli.CommandLine;

/**
 * A lesson whose promises hold only on other systems is not run: the player says so in one line and exits 0.
 * The system is injected, so Windows and macOS are played here on Linux.
 */
class LessonSkipTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exit, List<JsonNode> lines) {
    }

    private static Run play(OsKind os, String... args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        // As PlayerMain does: the run's language (--lang) is the default locale before the command is made.
        Locale before = Locale.getDefault();
        PlayerTexts.langArgument(args).flatMap(Language::of).ifPresent(Locale::setDefault);
        int exit;
        try {
            exit = new CommandLine(new PlayCommand(out, new PlayerTexts(Locale.getDefault()), LabResources.SYSTEM, os))
                    .execute(args);
        } finally {
            Locale.setDefault(before);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return new Run(exit, lines);
    }

    @Test
    void aLinuxLessonOnWindowsIsSkippedInOneLineWithExitZero() throws IOException {
        Run run = play(OsKind.WINDOWS, "--port", "0", "--lang", "en", "--lesson", "full-backlog");
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).hasSize(1);
        JsonNode line = run.lines().get(0);
        assertThat(line.path("step").asText()).isEqualTo("lesson");
        assertThat(line.path("os").asText()).isEqualTo("windows");
        assertThat(line.path("holdsOn").toString()).isEqualTo("[\"linux\"]");
        assertThat(line.path("skipped").asText()).contains("holds on Linux").contains("Windows")
                .contains("not run");
        assertThat(line.has("counters")).as("nothing ran, so no counters").isFalse();
    }

    @Test
    void theSkipLineSpeaksTheChosenLanguage() throws IOException {
        Run run = play(OsKind.MACOS, "--port", "0", "--lang", "ko", "--lesson", "full-backlog");
        assertThat(run.exit()).isZero();
        assertThat(run.lines().get(0).path("skipped").asText()).contains("Linux에서만").contains("macOS");
    }

    @Test
    void aLessonThatHoldsHereRunsAsUsual(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mac.lesson");
        Files.writeString(file, "title: Mine\nos: linux, macos\nstep: 3\nexpect: client1 connect=0\n");
        Run run = play(OsKind.MACOS, "--port", "0", "--lesson", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).hasSize(2);
        assertThat(run.lines().get(1).path("promises").asText()).isEqualTo("held");
        Run elsewhere = play(OsKind.WINDOWS, "--port", "0", "--lesson", file.toString());
        assertThat(elsewhere.lines()).singleElement().satisfies(l ->
                assertThat(l.path("holdsOn").toString()).isEqualTo("[\"linux\",\"macos\"]"));
    }
}
