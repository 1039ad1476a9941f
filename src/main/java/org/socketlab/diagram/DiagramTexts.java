package org.socketlab.diagram;

import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.Patterns;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.StepResult;
import org.socketlab.engine.Wsa;

/**
 * The diagram's words, from the window's bundle ({@code i18n/messages.properties}, keys {@code diagram.*};
 * a call is named by its button's own text, {@code op.client.connect} → {@code 4 Connect}).
 */
public final class DiagramTexts {
    private final ResourceBundle text;
    /** Used on the selector thread (as updates are recorded) and the FX thread (as the diagram is laid out). */
    private final Patterns patterns;
    private final Map<String, String> buttons = new ConcurrentHashMap<>();

    public DiagramTexts(ResourceBundle text) {
        this.text = text;
        this.patterns = new Patterns(text);
    }

    /** The window's bundle. */
    public static DiagramTexts standard() {
        return new DiagramTexts(ResourceBundle.getBundle("i18n.messages"));
    }

    /** The button as the card shows it, without its mnemonic: {@code 4 Connect}, {@code Abort (RST)}. */
    String call(SocketKind kind, Operation op) {
        return buttons.computeIfAbsent("op." + kind.prefix() + "." + op.word(), key -> {
            String button = text.containsKey(key) ? text.getString(key) : op.word();
            return button.replace("_", "").replaceAll("\\s+", " ").trim();
        });
    }

    /** The step's answer in a few words: {@code 12 bytes sent}, {@code would block (EAGAIN)}, {@code ECONNRESET 10054}. */
    String result(StepResult r) {
        if (r.outcome() == Outcome.WOULD_BLOCK) {
            return format("diagram.result.would-block", r.errno());
        }
        if (r.outcome() == Outcome.ERROR) {
            String code = r.wsa() == Wsa.NONE || r.wsa() == Wsa.UNCLASSIFIED ? "" : Integer.toString(r.wsa().code());
            return format("diagram.result.error", r.errno().isEmpty() ? "error" : r.errno(), code).trim();
        }
        Operation op = r.step().operation();
        if (op == Operation.SEND) {
            return format("diagram.result.sent", r.bytes());
        }
        if (op == Operation.RECEIVE) {
            return r.endOfStream() ? text.getString("diagram.result.end-of-stream")
                    : format("diagram.result.received", r.bytes());
        }
        return text.getString("diagram.result.ok");
    }

    /** {@code OnReceive}; OnConnect and OnClose with their code: {@code OnClose 10054}. */
    String mark(Notification n, Wsa error) {
        boolean coded = n == Notification.CONNECT || n == Notification.CLOSE;
        return coded ? n.mfcName() + " " + error.code() : n.mfcName();
    }

    /** {@code SYN}, {@code 12 bytes}, {@code FIN}. */
    String wire(Segment segment, long bytes) {
        return segment == Segment.DATA ? format("diagram.wire.bytes", bytes) : segment.label();
    }

    /** A kernel state as a note: {@code TIME_WAIT}, marked when inferred. */
    String state(String tcpState, boolean inferred) {
        return inferred ? format("diagram.note.inferred", tcpState) : tcpState;
    }

    /** {@code client1 in accept queue}. */
    String queued(String who) {
        return format("diagram.note.queued", who);
    }

    /** The outcome's mark as the panels show it: ✓ ◐ ✗ ({@code outcome.mark.*}). */
    String glyph(Outcome outcome) {
        return outcome == null ? "" : text.getString("outcome.mark." + outcome.word());
    }

    /** Said under a diagram drawn partly from the lab's own events. */
    String inferredLegend() {
        return text.getString("diagram.legend.inferred");
    }

    private String format(String key, Object... args) {
        return patterns.format(key, args);
    }
}
