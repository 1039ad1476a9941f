package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged player in a child process allowed 16 descriptors: sockets run out, and the lab must
 * say so (EMFILE, WSAEMFILE 10024) and go on, never hang or lose its selector thread.
 */
class FdExhaustionIT {
    private static final Path PRLIMIT = Path.of("/usr/bin/prlimit");

    @Test
    void runningOutOfDescriptorsIsAnsweredAndTheLabGoesOn() throws Exception {
        assumeTrue(Files.isExecutable(PRLIMIT), "prlimit (util-linux) is missing: the low RLIMIT_NOFILE run is skipped");
        List<String> command = new ArrayList<>(List.of(PRLIMIT.toString(), "--nofile=16:16",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/socketlab.jar",
                "play", "--port", "0", "1", "2"));
        for (int k = 1; k <= 12; k++) {
            command.add("client" + k + ".init");
        }
        // Two closes free two descriptors (the JVM itself may take one meanwhile), client13 takes one, and
        // client14..16 take whatever is left, so the Accept at the end finds none.
        command.addAll(List.of("client1.close", "client2.close", "client13.init", "client14.init", "client15.init",
                "client16.init", "client13.connect", "5"));
        ChildProcess.Result player = ChildProcess.run(Duration.ofSeconds(120), command);
        String out = player.output();

        assertThat(player.exit()).as(out).isZero();
        assertThat(out).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception in thread");
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.lines().toList()) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).as("one line per step").hasSize(2 + 12 + 8);
        JsonNode exhausted = lines.stream().filter(l -> l.path("errno").asText().equals("EMFILE")).findFirst()
                .orElseThrow(() -> new AssertionError("no step ran out of descriptors:\n" + out));
        assertThat(exhausted.path("wsa").asInt()).isEqualTo(10024);
        assertThat(lines.get(14).path("step").asText()).isEqualTo("client1.close");
        assertThat(lines.get(14).path("outcome").asText()).as(lines.get(14).toString()).isEqualTo("ok");
        assertThat(lines.get(15).path("outcome").asText()).as(lines.get(15).toString()).isEqualTo("ok");
        assertThat(lines.get(16).path("outcome").asText()).as("a closed socket's descriptor is free again: %s",
                lines.get(16)).isEqualTo("ok");
        assertThat(lines.get(19).path("errno").asText()).as("all taken again: %s", lines.get(19)).isEqualTo("EMFILE");
        assertThat(lines.get(20).path("outcome").asText()).as("a connect needs no new descriptor: %s",
                lines.get(20)).isEqualTo("would-block");
        JsonNode accept = lines.get(21);
        assertThat(accept.path("step").asText()).isEqualTo("server.accept");
        assertThat(accept.path("errno").asText()).as("accept() needs a descriptor: %s", accept).isEqualTo("EMFILE");
        assertThat(accept.path("wsa").asInt()).isEqualTo(10024);
    }
}
