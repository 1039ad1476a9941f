package org.socketlab.ui.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a Receive returned, as the card lists it: the bytes as text (line ends shown) and as hex. */
class ReceivedChunkTest {
    @Test
    void bytesAreShownAsTextAndAsUpperCaseHexPairs() {
        ReceivedChunk chunk = ReceivedChunk.of(4, "Hi\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(chunk.text()).isEqualTo("Hi\\r\\n");
        assertThat(chunk.hex()).isEqualTo("48 69 0D 0A");
        assertThat(chunk.bytes()).isEqualTo(4);
    }

    @Test
    void onlyTheFirstBytesAreShownInHexThenAnEllipsis() {
        byte[] data = new byte[ReceivedChunk.HEX_BYTES + 2];
        data[0] = (byte) 0xff;
        ReceivedChunk chunk = ReceivedChunk.of(data.length, data);
        assertThat(chunk.hex()).startsWith("FF 00 ").endsWith("00 …")
                .hasSize(ReceivedChunk.HEX_BYTES * 3 - 1 + " …".length());
    }
}
