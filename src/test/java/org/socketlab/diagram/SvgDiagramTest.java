package org.socketlab.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketName;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The exported SVG is a drawing: well-formed XML whose texts are {@code <text>} elements. */
class SvgDiagramTest {
    private final DiagramLayout layout = new DiagramLayout(DiagramTexts.standard());

    @Test
    void theSeedsDiagramParsesAndKeepsEveryTextAsText() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "no /proc/net/tcp here");
        try (DiagramLab k = new DiagramLab()) {
            long sent = k.seed().bytes();
            String svg = SvgDiagram.of(layout.lay(k.recorder.diagram()));
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/seed-diagram.svg"), svg);
            Document doc = parse(svg);
            assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
            assertThat(doc.getElementsByTagName("image").getLength()).as("no bitmap inside").isZero();
            assertThat(texts(doc)).contains("server", "client1", "worker1", "SYN", "SYN-ACK", "ACK",
                    sent + " bytes", "◐ 4 Connect", "would block (EINPROGRESS)", "✓ 7 Receive", "OnAccept",
                    "OnConnect 0", "OnSend", "OnReceive", "client1 in accept queue");
            assertThat(doc.getElementsByTagName("polygon").getLength()).as("an arrow head per segment").isEqualTo(4);
        }
    }

    @Test
    void textIsEscaped() throws Exception {
        SequenceDiagram d = new SequenceDiagram(List.of(new Lifeline("client1", Lifeline.Role.CLIENT),
                new Lifeline("[::1]:80 <&> \"'", Lifeline.Role.PEER)),
                List.of(new DiagramItem.Call(1, "client1", SocketName.client(1), "4 <Connect> & \"go\"",
                        "bad \u0001 char", Outcome.ERROR)), false);
        Document doc = parse(SvgDiagram.of(layout.lay(d)));
        assertThat(texts(doc)).contains("[::1]:80 <&> \"'", "✗ 4 <Connect> & \"go\"", "bad  char");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
