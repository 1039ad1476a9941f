package org.socketlab.ui.cards;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** What one Receive returned: byte count, the bytes as text and as hex (the first bytes only). */
public record ReceivedChunk(long bytes, String text, String hex) {
    static final int HEX_BYTES = 48;
    static final int TEXT_CHARS = 160;
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    public static ReceivedChunk of(long count, byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8).replace("\r", "\\r").replace("\n", "\\n");
        if (text.length() > TEXT_CHARS) {
            text = text.substring(0, TEXT_CHARS) + " …";
        }
        StringBuilder hex = new StringBuilder(HEX.formatHex(data, 0, Math.min(data.length, HEX_BYTES)));
        if (count > HEX_BYTES) {
            hex.append(" …");
        }
        return new ReceivedChunk(count, text, hex.toString());
    }
}
