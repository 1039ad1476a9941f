package org.socketlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socketlab.engine.Call;
import org.socketlab.engine.Counters;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.Notification;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.SocketView;
import org.socketlab.engine.StepResult;
import org.socketlab.kernel.KernelView;

/**
 * Formats one player line: one JSON object, keys in the documented order. Besides what JSON requires,
 * DEL, the C1 controls and U+2028/U+2029 are written escaped, so that readers splitting lines on them
 * (Python's {@code splitlines()}, JavaScript) still see one line per step.
 */
final class JsonLine {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new LineSafeEscapes());
    }

    private final ObjectNode node = MAPPER.createObjectNode();

    private JsonLine() {
    }

    static JsonLine of(StepResult r) {
        JsonLine line = of(r.step().text(), r.outcome().word(), r.java(), r.errno(), r.wsa().code(), r.message(),
                r.bytes(), new String(r.data(), StandardCharsets.UTF_8));
        ArrayNode calls = MAPPER.createArrayNode();
        r.calls().forEach(call -> calls.add(call(call)));
        line.node.set("calls", calls);
        line.node.put("hex", HexFormat.of().formatHex(r.data()));
        return line;
    }

    /** {@code {"call":"read","returned":24}}, {@code {"call":"close"}} for a void method, or {@code "threw"}. */
    private static ObjectNode call(Call call) {
        ObjectNode one = MAPPER.createObjectNode().put("call", call.method());
        if (call.failed()) {
            return one.put("threw", call.threw());
        }
        String value = call.returned();
        if (value.isEmpty()) {
            return one;
        }
        if (value.equals("null")) {
            return one.putNull("returned");
        }
        if (value.equals("true") || value.equals("false")) {
            return one.put("returned", Boolean.parseBoolean(value));
        }
        if (value.matches("-?[0-9]{1,18}")) {
            return one.put("returned", Long.parseLong(value));
        }
        return one.put("returned", value);
    }

    static JsonLine of(String step, String outcome, String java, String errno, int wsa, String message,
                       long bytes, String data) {
        JsonLine line = new JsonLine();
        line.node.put("step", step)
                .put("outcome", outcome)
                .put("java", java);
        line.node.putArray("calls");
        line.node.put("errno", errno)
                .put("wsa", wsa)
                .put("message", message)
                .put("bytes", bytes)
                .put("data", data)
                .put("hex", "");
        return line;
    }

    /** The line for something that was not run: a malformed step, a bad option, a bad lesson. */
    static JsonLine refused(String step, String message) {
        return of(step, "error", "(not run)", "", 0, message, 0, "");
    }

    JsonLine counters(LabSnapshot snapshot) {
        ObjectNode all = node.putObject("counters");
        for (SocketView view : snapshot.sockets().values()) {
            all.putRawValue(view.name().toString(), COUNTERS.computeIfAbsent(view.counters(), JsonLine::counters));
        }
        return this;
    }

    /**
     * Counters as JSON, by value: a big lab's lines list the same few values again and again (only numbers
     * and fixed words, so nothing in them needs escaping).
     */
    private static final Map<Counters, RawValue> COUNTERS = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Counters, RawValue> eldest) {
                    return size() > 4096;
                }
            });

    private static RawValue counters(Counters c) {
        ObjectNode one = MAPPER.createObjectNode();
        for (Notification n : Notification.values()) {
            one.put(n.word(), c.count(n));
        }
        return new RawValue(one.toString());
    }

    JsonLine events(List<NotificationEvent> events) {
        ArrayNode array = node.putArray("events");
        for (NotificationEvent e : events) {
            array.addObject()
                    .put("socket", e.socket().toString())
                    .put("event", e.notification().word())
                    .put("error", e.error().code());
        }
        return this;
    }

    /**
     * {@code "tcp":{"client1":{"state":"ESTABLISHED","sendq":0,"recvq":12},…}}: each listed socket's kernel
     * state and queues (see {@link TcpJson}).
     */
    JsonLine tcp(KernelView view, java.util.Set<org.socketlab.engine.SocketName> listed) {
        node.set("tcp", TcpJson.of(MAPPER, view, listed));
        return this;
    }

    /** Whether the lesson's promises held: {@code "held"}, or what broke. */
    JsonLine promises(String verdict) {
        node.put("promises", verdict);
        return this;
    }

    /** The lesson's narration for this step (lesson runs only). */
    JsonLine narration(String text) {
        node.put("narration", text);
        return this;
    }

    /** What was predicted for this step ({@code play --predict}) and whether the step did that. */
    JsonLine predicted(String outcome, boolean right) {
        node.put("predicted", outcome).put("right", right);
        return this;
    }

    /** The line's outcome word: ok, would-block or error. */
    String outcome() {
        return node.path("outcome").asText();
    }

    String text() {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    /** Jackson's escapes, plus DEL, U+0080–U+009F, U+2028 and U+2029. */
    private static final class LineSafeEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        LineSafeEscapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            boolean splitsLines = ch >= 0x80 && ch <= 0x9f || ch == 0x2028 || ch == 0x2029;
            return splitsLines ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}
