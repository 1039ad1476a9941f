package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socketlab.os.OsKind;

/**
 * {@code play --counters changed|all}: by default a step's line lists the counters of the step's own socket and
 * of every socket that changed since the previous line, and its "tcp" those sockets and any whose connection the
 * kernel moved; so a long script's output grows with its steps, not with steps times sockets.
 */
class PlayerCountersTest {

    @Test
    void aLineListsTheStepsSocketAndTheSocketsThatChanged() {
        PlayerTest.Run run = PlayerTest.play("--port", "0", "--tcp", "off", "1", "2", "3", "4", "5", "client1.send=hi",
                "server.accept");
        assertThat(run.exit()).isZero();
        assertThat(names(run.line(3).path("counters"))).as("Connect: the client, and the server's OnAccept")
                .containsExactlyInAnyOrder("client1", "server");
        assertThat(names(run.line(5).path("counters"))).as("Send: the client, and the worker's OnReceive")
                .containsExactlyInAnyOrder("client1", "worker1");
        assertThat(names(run.last().path("counters"))).as("an Accept that would block changes nothing else")
                .containsExactly("server");
        assertThat(run.last().path("outcome").asText()).isEqualTo("would-block");
    }

    @Test
    void allListsEveryOpenSocketOnEveryLine() {
        PlayerTest.Run run = PlayerTest.play("--port", "0", "--tcp", "off", "--counters", "all", "1", "2", "3", "4",
                "5", "client1.send=hi", "server.accept");
        assertThat(names(run.last().path("counters"))).containsExactlyInAnyOrder("client1", "server", "worker1");
        assertThat(run.counters(6, "worker1")).isEqualTo("0,0,1,1,0,0");
    }

    @Test
    void theKernelsViewAlsoShowsAConnectionTheKernelMovedWhenItsCountersStayed() {
        assumeTrue(OsKind.current() == OsKind.LINUX, "queue bytes are read from Linux's table");
        PlayerTest.Run run = PlayerTest.play("--port", "0", "1", "2", "3", "4", "5", "client1.send=a", "client1.send=bc");
        JsonNode second = run.last();
        assertThat(names(second.path("counters"))).as("the second Send posts no second OnReceive")
                .containsExactly("client1");
        assertThat(second.at("/tcp/worker1/recvq").asInt()).as("but the worker's queue grew").isEqualTo(3);
    }

    @Test
    void anyOtherValueIsRefusedBeforeAnythingRuns() {
        PlayerTest.Run run = PlayerTest.play("--lang", "en", "--port", "0", "--counters", "some", "1");
        assertThat(run.exit()).isEqualTo(PlayCommand.EXIT_MALFORMED);
        assertThat(run.last().path("message").asText()).contains("--counters must be changed or all");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
