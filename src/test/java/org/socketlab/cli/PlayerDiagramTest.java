package org.socketlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** {@code play --diagram FILE.svg} writes the session it played as an SVG sequence diagram. */
class PlayerDiagramTest {
    @TempDir
    Path dir;

    @Test
    void theSevenStepsAndACloseBecomeAnSvgDiagram() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "no /proc/net/tcp here: the wire would be inferred");
        Path svg = dir.resolve("session.svg");
        PlayerTest.Run run = PlayerTest.play("--port", "0", "--diagram", svg.toString(), "1", "2", "3", "4", "5",
                "worker1.send=hello, world", "7", "client1.close", "worker1.close", "wait=300");
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).hasSize(10);
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertThat(texts).contains("server", "client1", "worker1", "SYN", "SYN-ACK", "ACK", "12 bytes",
                "◐ 4 Connect", "would block (EINPROGRESS)", "✓ 6 Send", "12 bytes sent", "✓ 7 Receive", "OnReceive",
                "OnClose 0", "FIN", "TIME_WAIT");
        assertThat(texts.stream().filter("FIN"::equals)).hasSize(2);
    }

    @Test
    void anUnwritableFileIsSaidInAnErrorLine() {
        PlayerTest.Run run = PlayerTest.play("--port", "0", "--diagram", dir.resolve("no/such/dir/x.svg").toString(), "1");
        assertThat(run.exit()).isEqualTo(PlayCommand.EXIT_MALFORMED);
        assertThat(run.last().path("step").asText()).isEqualTo("diagram");
    }
}
