package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepResult;
import org.socketlab.engine.Wsa;

/** The player's lines stay one line per step for every line-splitting reader, and carry the bytes as hex. */
class JsonEscapingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where Python's {@code str.splitlines()} breaks a line ({@code \r\n} once). */
    private static final Pattern PYTHON_LINE_BREAK =
            Pattern.compile("\\r\\n|[\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]");

    /** Every character some reader breaks lines on, DEL and the C1 controls; then U+00A0, é, Korean, emoji. */
    private static String awkwardText() {
        StringBuilder text = new StringBuilder("a");
        for (int c : new int[] {'\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x7f, 0x2028, 0x2029}) {
            text.append((char) c);
        }
        for (char c = 0x80; c <= 0x9f; c++) {
            text.append(c);
        }
        return text.append("\u00a0é소켓 🔌").toString();
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyStepIsOnePhysicalLineForPythonStyleSplittingAndParsesBackToTheSameText() throws IOException {
        String text = awkwardText();
        PlayerTest.Run run = PlayerTest.play("--port", "0", "1", "2", "3", "4", "5", "worker1.send=" + text, "7");
        assertThat(run.exit()).isZero();

        String[] physical = PYTHON_LINE_BREAK.split(run.raw());
        assertThat(physical).hasSize(7);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : physical) {
            lines.add(JSON.readTree(line));
        }
        JsonNode send = lines.get(5);
        JsonNode receive = lines.get(6);
        assertThat(send.path("step").asText()).isEqualTo("worker1.send=" + text);
        assertThat(send.path("data").asText()).isEqualTo(text);
        assertThat(receive.path("data").asText()).isEqualTo(text);
        assertThat(run.raw()).as("DEL, C1 and U+2028/U+2029 are escaped")
                .doesNotContainPattern("[\\x7f-\\x9f\\u2028\\u2029]");
        assertThat(run.raw()).as("other non-ASCII stays readable UTF-8").contains("\u00a0é소켓 🔌");
    }

    @Test
    void hexIsTheBytesTheStepMovedRightAfterData() {
        String text = "héllo, 소켓";
        PlayerTest.Run run = PlayerTest.play("--port", "0", "1", "2", "3", "4", "5", "worker1.send=" + text, "7");
        JsonNode send = run.line(5);
        JsonNode receive = run.line(6);
        assertThat(send.path("hex").asText()).isEqualTo(hex(text));
        assertThat(receive.path("hex").asText()).isEqualTo(hex(text)).isEqualTo("68c3a96c6c6f2c20ec868cecbc93");
        List<String> keys = new ArrayList<>();
        receive.fieldNames().forEachRemaining(keys::add);
        assertThat(keys.indexOf("hex")).isEqualTo(keys.indexOf("data") + 1);
        assertThat(run.line(0).path("hex").isTextual()).as("a step that moves no bytes").isTrue();
        assertThat(run.line(0).path("hex").asText()).isEmpty();
    }

    @Test
    void hexCoversExactlyTheBytesDataShows() {
        PlayerTest.Run run = PlayerTest.play("--port", "0", "1", "2", "3", "4", "5", "worker1.send#10000");
        JsonNode send = run.line(5);
        assertThat(send.path("bytes").asLong()).isGreaterThan(StepResult.SHOWN_BYTES);
        String data = send.path("data").asText();
        assertThat(data).hasSize(StepResult.SHOWN_BYTES);
        assertThat(send.path("hex").asText()).isEqualTo(hex(data)).hasSize(2 * StepResult.SHOWN_BYTES);
    }

    @Test
    void invalidUtf8ShowsReplacementCharactersInDataAndTheRealBytesInHex() throws IOException {
        StepResult result = new StepResult(new Step(SocketName.client(1), Operation.RECEIVE), Outcome.OK, List.of(),
                "", Wsa.NONE, List.of(), 3, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}, false, 0, Instant.now(),
                "test", LabSnapshot.EMPTY);
        JsonNode line = JSON.readTree(JsonLine.of(result).text());
        assertThat(line.path("data").asText()).isEqualTo("\uFFFD\uFFFDA");
        assertThat(line.path("hex").asText()).isEqualTo("fffe41");
    }

    @Test
    void linesWithoutAStepResultHaveAnEmptyHex() throws IOException {
        JsonNode refused = JSON.readTree(JsonLine.refused("client1.fly", "unknown operation").text());
        assertThat(refused.path("hex").isTextual()).isTrue();
        assertThat(refused.path("hex").asText()).isEmpty();
    }
}
