package org.socketlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.socketlab.engine.Counters;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.Notification;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.SocketView;
import org.socketlab.engine.StepResult;

/** Formats one player line: one JSON object, keys in the documented order. */
final class JsonLine {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode node = MAPPER.createObjectNode();

    private JsonLine() {
    }

    static JsonLine of(StepResult r) {
        return of(r.step().text(), r.outcome().word(), r.java(), r.errno(), r.wsa(), r.message(), r.bytes(),
                new String(r.data(), StandardCharsets.UTF_8));
    }

    static JsonLine of(String step, String outcome, String java, String errno, int wsa, String message,
                       long bytes, String data) {
        JsonLine line = new JsonLine();
        line.node.put("step", step)
                .put("outcome", outcome)
                .put("java", java)
                .put("errno", errno)
                .put("wsa", wsa)
                .put("message", message)
                .put("bytes", bytes)
                .put("data", data);
        return line;
    }

    /** The line for something that was not run: a malformed step, a bad option, a bad lesson. */
    static JsonLine refused(String step, String message) {
        return of(step, "error", "(not run)", "", 0, message, 0, "");
    }

    JsonLine counters(LabSnapshot snapshot) {
        ObjectNode all = node.putObject("counters");
        for (SocketView view : snapshot.sockets().values()) {
            ObjectNode one = all.putObject(view.name().toString());
            Counters c = view.counters();
            for (Notification n : Notification.values()) {
                one.put(n.word(), c.count(n));
            }
        }
        return this;
    }

    JsonLine events(List<NotificationEvent> events) {
        ArrayNode array = node.putArray("events");
        for (NotificationEvent e : events) {
            array.addObject()
                    .put("socket", e.socket().toString())
                    .put("event", e.notification().word())
                    .put("error", e.error());
        }
        return this;
    }

    /** The lesson's narration for this step (lesson runs only). */
    JsonLine narration(String text) {
        node.put("narration", text);
        return this;
    }

    String text() {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}
