package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Explain;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketState;

/** Every text the window or the engine asks for exists in its bundle; FXML holds no literal text. */
class TextKeysTest {
    private static final Path MAIN = Path.of("src/main");

    private static List<String> matches(Pattern pattern, Path under, String suffix) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(under)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    @Test
    void everyPercentKeyInFxmlExistsInTheBundle() throws IOException {
        ResourceBundle bundle = Texts.bundle();
        List<String> keys = matches(Pattern.compile("\"%([\\w.\\-]+)\""), MAIN.resolve("resources/fxml"), ".fxml");
        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(keys).allSatisfy(k -> assertThat(bundle.containsKey(k)).as(k).isTrue());
    }

    @Test
    void fxmlHasNoLiteralTextButTheBrand() throws IOException {
        List<String> literals = matches(Pattern.compile("text=\"([^%\"][^\"]*)\""), MAIN.resolve("resources/fxml"), ".fxml");
        assertThat(literals).containsOnly("SocketLab");
    }

    @Test
    void everyKeyTheViewModelsComposeExists() {
        ResourceBundle bundle = Texts.bundle();
        List<String> keys = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            keys.add("outcome." + o.word());
        }
        for (SocketState s : SocketState.values()) {
            keys.add("state." + s.word());
        }
        for (SocketKind k : SocketKind.values()) {
            keys.add("panel." + k.prefix());
        }
        for (Notification n : Notification.values()) {
            keys.add("counter." + n.word());
        }
        keys.addAll(List.of("state.none", "log.reset", "received.bytes", "status.connections", "status.ready"));
        assertThat(keys).allSatisfy(k -> assertThat(bundle.containsKey(k)).as(k).isTrue());
    }

    @Test
    void everyExplanationKeyInTheEngineExists() throws IOException {
        // Every string literal in the engine that names an explanation (keys are typed results, not English).
        List<String> keys = matches(Pattern.compile(
                "\"((?:server|client|init|send|receive|close|abort|shutdown|socket|error|address|role|oob)\\.[\\w.]*\\w)\""),
                MAIN.resolve("java/org/socketlab/engine"), ".java");
        for (String role : List.of("server", "client", "both")) {
            keys.add("role.lacks." + role);
        }
        for (SocketKind k : SocketKind.values()) {
            keys.add("socket.missing.hint." + k.prefix());
        }
        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(keys).allSatisfy(k -> assertThat(Explain.has(k)).as(k).isTrue());
    }

    /** Students see only what the operating system did: no text speaks of SocketLab reading ahead. */
    @Test
    void noTextShownToStudentsMentionsReadingAhead() throws IOException {
        Pattern readAhead = Pattern.compile("(?im)^((?!\\s*#).*read[- ]?ahead.*)$");
        assertThat(readAhead.matcher("receive.ok=3 bytes came from the read-ahead").find()).as("the pattern works").isTrue();
        List<String> found = new ArrayList<>();
        for (String kind : List.of(".properties", ".lesson", ".fxml")) {
            found.addAll(matches(readAhead, MAIN.resolve("resources"), kind));
        }
        assertThat(found).as("texts that mention a read-ahead").isEmpty();
    }
}
