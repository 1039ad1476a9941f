package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socketlab.lesson.Lessons;

/**
 * Every line the player writes speaks {@code --lang}: with {@code ko}, each human text field ("message",
 * "narration") is Korean, on waits, awaits, the lesson's promises, and every refusal; and every field a
 * script reads is the same as with {@code en}. The Java call text stays as made (only its port numbers
 * differ between two runs on port 0).
 */
class PlayerLanguageTest {
    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    private static final List<String> HUMAN = List.of("message", "narration");
    /** Four English words in a row: an English sentence (or most of one) left in a Korean text. */
    private static final Pattern ENGLISH_RUN = Pattern.compile("[A-Za-z']{2,}( [A-Za-z']+){3,}");

    /** Runs the same arguments with --lang ko and --lang en; checks the languages; returns the Korean run. */
    private static PlayerTest.Run inBoth(String... args) {
        PlayerTest.Run ko = PlayerTest.play(withLang("ko", args));
        PlayerTest.Run en = PlayerTest.play(withLang("en", args));
        compare(ko, en);
        return ko;
    }

    private static void compare(PlayerTest.Run ko, PlayerTest.Run en) {
        assertThat(ko.exit()).as("exit codes").isEqualTo(en.exit());
        assertThat(ko.lines()).as("lines").hasSameSizeAs(en.lines());
        for (int i = 0; i < ko.lines().size(); i++) {
            JsonNode k = ko.line(i);
            JsonNode e = en.line(i);
            for (String field : HUMAN) {
                if (k.has(field)) {
                    assertThat(k.path(field).asText()).as("Korean %s of line %d (%s)", field, i, k.path("step"))
                            .containsPattern(HANGUL);
                    // In brackets, a detail another part gives as is (the step language's, a lesson file's); in
                    // quotes, what the OS or Java says ("Address already in use").
                    assertThat(k.path(field).asText().replaceAll("\\([^)]*\\)|\"[^\"]*\"", ""))
                            .as("Korean %s of line %d (%s)", field, i, k.path("step")).doesNotContainPattern(ENGLISH_RUN);
                    assertThat(e.path(field).asText()).as("English %s of line %d", field, i)
                            .doesNotContainPattern(HANGUL);
                }
            }
            assertThat(machine(k)).as("what a script reads, line %d", i).isEqualTo(machine(e));
        }
    }

    private static String[] withLang(String lang, String... args) {
        List<String> all = new ArrayList<>(List.of("--lang", lang));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    /**
     * The line without its human text, and without what differs between any two runs: port numbers (port 0),
     * the time of day a Send sends, the order of one line's events from different sockets, and the kernel's
     * addresses and queues.
     */
    private static JsonNode machine(JsonNode line) {
        ObjectNode copy = line.deepCopy();
        HUMAN.forEach(copy::remove);
        copy.put("java", copy.path("java").asText().replaceAll(":[0-9]+", ":PORT"));
        copy.put("data", copy.path("data").asText().replaceAll("[0-9]", "#"));
        copy.put("hex", copy.path("hex").asText().length());
        if (line.has("tcp")) { // the kernel's states; its addresses name ports, its queues move with timing
            ObjectNode states = copy.putObject("tcp");
            line.path("tcp").fields().forEachRemaining(f -> states.put(f.getKey(), f.getValue().path("state").asText()));
        }
        List<String> events = new ArrayList<>();
        line.path("events").forEach(e -> events.add(e.toString()));
        copy.put("events", String.join(",", events.stream().sorted().toList()));
        copy.remove("calls"); // the same call names, but their returned text names ports too
        List<String> calls = new ArrayList<>();
        line.path("calls").forEach(c -> calls.add(c.path("call").asText()));
        copy.put("calls", String.join(",", calls));
        return copy;
    }

    @Test
    void waitsAwaitsAndStepsSpeakTheChosenLanguage() {
        PlayerTest.Run ko = inBoth("--port", "0", "--tcp", "off", "1", "2", "3", "4", "wait=20", "await=server.accept=1",
                "5", "worker1.send=abc", "await=client1.receive=1", "7", "client1.close", "worker1.receive");
        assertThat(ko.line(4).path("message").asText()).contains("20");
        assertThat(ko.line(5).path("message").asText()).contains("server OnAccept = 1");
    }

    static Stream<String> shippedLessons() {
        return Lessons.names().stream();
    }

    @ParameterizedTest
    @MethodSource("shippedLessons")
    void aShippedLessonSpeaksTheChosenLanguageToItsPromises(String lesson) {
        // A lesson that measures the kernel (back-pressure) may miss its promise once on a loaded machine, in
        // any language: the languages are compared on a pair of runs that both held, of at most three pairs.
        String[] args = {"--port", "0", "--lesson", lesson};
        PlayerTest.Run ko = null;
        PlayerTest.Run en = null;
        for (int pair = 0; pair < 3 && (ko == null || ko.exit() != 0 || en.exit() != 0); pair++) {
            ko = PlayerTest.play(withLang("ko", args));
            en = PlayerTest.play(withLang("en", args));
        }
        assertThat(ko.last().path("promises").asText()).isEqualTo("held");
        assertThat(en.last().path("promises").asText()).isEqualTo("held");
        compare(ko, en);
    }

    @Test
    void aBrokenPromiseAndAStoppedLessonSpeakTheChosenLanguage(@TempDir Path dir) throws IOException {
        Path wrong = dir.resolve("wrong.lesson");
        Files.writeString(wrong, "title: A wrong promise\nset: buffer=4\nstep: 3\nexpect: client1 receive=7\n");
        PlayerTest.Run broken = inBoth("--port", "0", "--lesson", wrong.toString());
        assertThat(broken.last().path("promises").asText()).isEqualTo("client1 OnReceive = 0 (7)");
        assertThat(broken.last().path("message").asText()).contains("client1 OnReceive = 0 (7)");

        Path stops = dir.resolve("stops.lesson");
        Files.writeString(stops, "title: Receive too early\nstep: 3\nstep: client1.receive\nstep: 1\n");
        PlayerTest.Run stopped = inBoth("--port", "0", "--lesson", stops.toString());
        assertThat(stopped.lines()).as("the lesson ends at the step that did otherwise").hasSize(3);
        assertThat(stopped.last().path("promises").asText()).startsWith("step 2 (client1.receive, line 3) returned error");
    }

    @Test
    void everyRefusalSpeaksTheChosenLanguage(@TempDir Path dir) {
        List<String[]> refused = List.of(
                PlayerTest.args("--frobnicate", "1"),
                PlayerTest.args("--port", "abc", "1"),
                PlayerTest.args("1", "--port"),
                PlayerTest.args("--ip", "5", "1"),
                PlayerTest.args("--role", "nobody", "1"),
                PlayerTest.args("--reuseaddr", "maybe", "1"),
                PlayerTest.args("--port", "70000", "1"),
                PlayerTest.args("--buffer", "0", "1"),
                PlayerTest.args("--backlog", "0", "1"),
                PlayerTest.args("--timeout", "0", "1"),
                PlayerTest.args("--host", "a b", "1"),
                PlayerTest.args("--bind", "127.0.0.1;", "1"),
                PlayerTest.args("--tcp", "some", "1"),
                PlayerTest.args("--lesson", "seed-steps", "1"),
                PlayerTest.args("--port", "0", "1", "client1.fly"),
                PlayerTest.args("--port", "0", "--lesson", dir.resolve("absent.lesson").toString()),
                PlayerTest.args("--port", "0", "--record", dir.resolve("no/such/dir/x.lesson").toString(), "1"),
                PlayerTest.args("--port", "0", "--record", dir.resolve("none.lesson").toString()),
                PlayerTest.args("--port", "0", "--diagram", dir.resolve("no/such/dir/x.svg").toString(), "1"));
        for (String[] args : refused) {
            PlayerTest.Run ko = inBoth(args);
            assertThat(ko.exit()).as(String.join(" ", args)).isEqualTo(PlayCommand.EXIT_MALFORMED);
            assertThat(ko.last().path("outcome").asText()).isEqualTo("error");
        }
    }

    @Test
    void aBadLanguageIsRefusedAndAnotherSystemLanguageGetsEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            PlayerTest.Run fr = PlayerTest.play("--lang", "fr", "1");
            assertThat(fr.exit()).isEqualTo(PlayCommand.EXIT_MALFORMED);
            assertThat(fr.last().path("message").asText()).isEqualTo("bad option: --lang must be en or ko, not 'fr'; nothing was run");
            PlayerTest.Run german = PlayerTest.play("--port", "0", "--tcp", "off", "wait=1");
            assertThat(german.last().path("message").asText()).isEqualTo("waited 1 ms");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theWindowsOptionsAreRefusedInTheChosenLanguage() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        assertThat(WindowOptions.parse(new String[] {"--lang", "ko", "--port", "70000"}, new java.io.PrintWriter(out),
                new java.io.PrintWriter(err))).isEmpty();
        assertThat(err.toString()).startsWith("socketlab: --port는 0에서 65535 사이여야 합니다").contains("사용법: socketlab");
    }

    @Test
    void noArgumentsGiveTheSameStartAsTheDefaultsSpelledOut() {
        java.io.PrintWriter none = new java.io.PrintWriter(java.io.Writer.nullWriter());
        assertThat(WindowOptions.parse(new String[0], none, none)).isEqualTo(WindowOptions.parse(new String[] {
            "--role", "both", "--ip", "4", "--port", Integer.toString(org.socketlab.engine.LabSettings.DEFAULT_PORT),
            "--reuseaddr", "on"}, none, none)).isPresent();
    }

    @Test
    void theHelpSpeaksTheChosenLanguage() {
        java.io.ByteArrayOutputStream ko = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream en = new java.io.ByteArrayOutputStream();
        assertThat(PlayerMain.run(new String[] {"--lang", "ko", "--help"}, new java.io.PrintStream(ko))).isZero();
        assertThat(PlayerMain.run(new String[] {"--lang=en", "--help"}, new java.io.PrintStream(en))).isZero();
        String korean = ko.toString(java.nio.charset.StandardCharsets.UTF_8);
        String english = en.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(korean).startsWith("사용법: play").contains("--lesson=FILE|NAME").contains("seed-steps");
        assertThat(english).startsWith("Usage: play").contains("Runs lab steps on real sockets");
        // Every option line says what it does in Korean (--role's text is on the line below its name).
        assertThat(korean.lines().filter(l -> l.strip().startsWith("-")).filter(l -> !HANGUL.matcher(l).find())
                .filter(l -> !l.strip().startsWith("--role=")))
                .as("option lines without Korean").isEmpty();
    }
}
