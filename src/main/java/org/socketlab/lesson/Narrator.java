package org.socketlab.lesson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.socketlab.engine.Explanation;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Patterns;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.engine.StepResult;
import org.socketlab.engine.Wsa;
import org.socketlab.os.OsKind;

/**
 * Explains, in two or three sentences, what a step called, what the operating system did, and why
 * counters change or do not; and what each notification means. Texts: {@code narration.properties}.
 * Where the operating system decides what happens (how fast a refusal comes, what a reset does to unread data,
 * how long TIME_WAIT lasts, what SO_REUSEADDR does), a key has a variant for one system, the key followed by
 * {@code .windows}, {@code .macos} or {@code .linux}; the narrator says the variant of the system it narrates for,
 * and the common key elsewhere.
 */
public final class Narrator {
    private final ResourceBundle text;
    /** Each pattern parsed once, by key (a class's window narrates hundreds of steps a second). */
    private final Patterns patterns;
    private final OsKind os;

    /** Narration in {@code locale}'s language, of what {@code os} does. */
    public Narrator(Locale locale, OsKind os) {
        text = ResourceBundle.getBundle("org.socketlab.lesson.narration", locale, Language.NO_FALLBACK);
        patterns = new Patterns(text);
        this.os = os;
    }

    /** Narration in {@code locale}'s language, of what the system SocketLab runs on does. */
    public Narrator(Locale locale) {
        this(locale, OsKind.current());
    }

    /** Narration in the language SocketLab was started in. */
    public Narrator() {
        this(Locale.getDefault());
    }

    /**
     * What a narration will say, chosen but not yet put into words: its text's key and the values it names. Small
     * and holding no snapshot, so a long session can keep one per step and word them when they are read.
     */
    public record Unworded(String key, List<Object> args) {
        public Unworded {
            args = Collections.unmodifiableList(new ArrayList<>(args));
        }
    }

    /** The narration for a step's result. */
    public String narrate(StepResult r) {
        return word(unworded(r));
    }

    /** The narration for a notification. */
    public String narrate(NotificationEvent e) {
        return word(unworded(e));
    }

    /** What the narration of a step's result will say. */
    public Unworded unworded(StepResult r) {
        String key = key(r);
        List<Object> args = new ArrayList<>(List.of(r.bytes(), r.step().socket().toString(), r.wsa().describe()));
        r.explanations().stream().filter(e -> key.equals("step." + e.key())
                        || key.startsWith("step." + e.key() + "."))
                .findFirst().ifPresent(e -> args.addAll(e.args()));
        return new Unworded(key, args);
    }

    /** What the narration of a notification will say. */
    public Unworded unworded(NotificationEvent e) {
        String key = "event." + e.notification().word();
        if (!text.containsKey(key)) {
            key += e.error() == Wsa.NONE ? ".ok" : ".error";
        }
        if (text.containsKey(key + "." + e.error().code())) {
            key += "." + e.error().code();
        }
        return new Unworded(key, List.of(0L, e.socket().toString(), e.error().describe()));
    }

    /** The narration in words. */
    public String word(Unworded narration) {
        return format(narration.key(), narration.args().toArray());
    }

    /**
     * The key a result is narrated with: "step." + the key of its explanation (from its last sentence to
     * its first), then the errno's, then the outcome's.
     */
    String key(StepResult r) {
        if (r.noCallMade() && r.errno().equals("EBADF")) {
            return "step.missing";
        }
        List<Explanation> said = r.explanations();
        for (int i = said.size() - 1; i >= 0; i--) {
            String key = "step." + said.get(i).key();
            if (key.equals("step.client.connect.pending") && serverListens(r)) {
                return key + ".listening";
            }
            if (text.containsKey(key)) {
                return key;
            }
        }
        if (r.outcome() == Outcome.ERROR && text.containsKey("error." + r.errno())) {
            return "error." + r.errno();
        }
        return "step.generic." + r.outcome().word();
    }

    /** True when this lab's own server is listening, so a connect to it completes in the kernel at once. */
    private static boolean serverListens(StepResult r) {
        return r.after().socket(SocketName.SERVER).map(v -> v.state() == SocketState.LISTENING).orElse(false);
    }

    /** Which narration family a socket's operation belongs to: server, client (init, connect) or stream. */
    static String family(SocketName socket, Operation op) {
        if (socket.kind() == SocketKind.SERVER) {
            return "server";
        }
        return op == Operation.INIT || op == Operation.CONNECT ? "client" : "stream";
    }

    boolean has(String key) {
        return text.containsKey(key);
    }

    /** The key as said on this narrator's system: its variant for the system where it has one, else itself. */
    String onThisOs(String key) {
        String variant = key + "." + os.word();
        return text.containsKey(variant) ? variant : key;
    }

    private String format(String key, Object... args) {
        return patterns.format(onThisOs(key), args);
    }
}
