package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packaged jar, run as a user runs it: {@code java -jar target/socketlab.jar play ...}, no display. */
class PlayerJarIT {
    private static final Path JAR = Path.of("target", "socketlab.jar");

    private static List<String> run(List<String> args, int[] exit) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        try (ChildProcess player = ChildProcess.start(pb)) {
            ChildProcess.Result result = player.finish(Duration.ofSeconds(120));
            exit[0] = result.exit();
            return result.lines();
        }
    }

    @Test
    void theJarPlaysTheSeedStepsWithNoDisplay() throws Exception {
        assertThat(Files.exists(JAR)).as("mvn package built " + JAR).isTrue();
        int[] exit = new int[1];
        List<String> lines = run(List.of("play", "--port", "0", "1", "2", "3", "4", "5", "6", "7"), exit);
        assertThat(exit[0]).isZero();
        assertThat(lines).hasSize(7);
        ObjectMapper json = new ObjectMapper();
        JsonNode receive = json.readTree(lines.get(6));
        JsonNode send = json.readTree(lines.get(5));
        assertThat(receive.path("step").asText()).isEqualTo("client1.receive");
        assertThat(receive.path("data").asText()).isEqualTo(send.path("data").asText()).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
        assertThat(receive.path("counters").path("client1").path("receive").asInt()).isEqualTo(1);
    }

    @Test
    void theJarExitsNonZeroOnAMalformedStepWithoutAStackTrace() throws Exception {
        int[] exit = new int[1];
        List<String> lines = run(List.of("play", "--port", "0", "1", "bogus.step", "2"), exit);
        assertThat(exit[0]).isNotZero();
        assertThat(lines).as("the script is checked whole: step 1 did not run").hasSize(1);
        assertThat(String.join("\n", lines)).doesNotContain("\tat ");
    }
}
