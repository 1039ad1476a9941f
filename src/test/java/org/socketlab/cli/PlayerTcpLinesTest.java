package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code play --tcp each|last|off}: which lines carry the kernel's view; the counters are the same. */
class PlayerTcpLinesTest {

    @Test
    void eachLineCarriesTheKernelsViewByDefault() {
        PlayerTest.Run run = PlayerTest.play("--port", "0", "1", "2", "3", "4", "5", "6", "7");
        assertThat(run.lines()).hasSize(7).allSatisfy(line -> assertThat(line.has("tcp")).isTrue());
    }

    @Test
    void lastPutsItOnTheLastLineOnlyWithTheSameCounters() {
        PlayerTest.Run each = PlayerTest.play("--port", "0", "1", "2", "3", "4", "5", "6", "7");
        PlayerTest.Run last = PlayerTest.play("--port", "0", "--tcp", "last", "1", "2", "3", "4", "5", "6", "7");
        assertThat(last.exit()).isZero();
        assertThat(last.lines()).hasSize(7);
        assertThat(last.lines().subList(0, 6)).allSatisfy(line -> assertThat(line.has("tcp")).isFalse());
        assertThat(last.last().path("tcp").path("client1").path("state").asText()).isEqualTo("ESTABLISHED");
        for (int i = 0; i < 7; i++) {
            assertThat(last.lines().get(i).path("counters")).as("line %d", i + 1)
                    .isEqualTo(each.lines().get(i).path("counters"));
        }
    }

    @Test
    void offLeavesItOut() {
        PlayerTest.Run run = PlayerTest.play("--port", "0", "--tcp", "off", "1", "2", "3", "4");
        assertThat(run.lines()).hasSize(4).noneMatch(line -> line.has("tcp"));
        JsonNode client = run.last().path("counters").path("client1");
        assertThat(client.path("connect").asInt()).isEqualTo(1);
    }

    @Test
    void anyOtherValueIsRefusedBeforeAnythingRuns() {
        PlayerTest.Run run = PlayerTest.play("--lang", "en", "--port", "0", "--tcp", "sometimes", "1");
        assertThat(run.exit()).isEqualTo(PlayCommand.EXIT_MALFORMED);
        assertThat(run.lines()).hasSize(1);
        assertThat(run.last().path("message").asText()).contains("--tcp must be each, last or off");
    }
}
