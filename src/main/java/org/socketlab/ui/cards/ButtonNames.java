package org.socketlab.ui.cards;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.socketlab.engine.Payload;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepLanguage;

/**
 * A step named as the class sees it on screen: the button, e.g. "1 Initialize" for a numbered step of the
 * seed dialog, "Worker 1 · Send “bye”" for any other; a wait as "Wait 1.5 s".
 */
public final class ButtonNames {
    /** How many names are remembered (a class's window names the same few steps thousands of times). */
    private static final int NAMES_KEPT = 1024;
    private final ResourceBundle text;
    private final Map<Step, String> named = new HashMap<>();
    /** The buttons' texts without mnemonics, by key (a class's broadcast names 200 steps of one button). */
    private final Map<String, String> buttons = new HashMap<>();

    public ButtonNames(ResourceBundle text) {
        this.text = text;
    }

    public String of(ScriptStep item) {
        if (item instanceof ScriptStep.Action a) {
            return of(a.step());
        }
        if (item instanceof ScriptStep.Wait w) {
            return MessageFormat.format(text.getString("lesson.item.wait"), w.millis() / 1000.0);
        }
        ScriptStep.Await await = (ScriptStep.Await) item;
        return MessageFormat.format(text.getString("lesson.item.await"), panel(await.socket()),
                await.notification().mfcName(), await.count());
    }

    public String of(Step step) {
        if (named.size() > NAMES_KEPT) {
            named.clear();
        }
        return named.computeIfAbsent(step, this::name);
    }

    private String name(Step step) {
        String family = step.socket().kind().name().toLowerCase(java.util.Locale.ROOT);
        String button = buttons.computeIfAbsent("op." + family + "." + step.operation().word(),
                key -> plain(text.getString(key)));
        if (step.payload() instanceof Payload.Text t) {
            button += " “" + t.text() + "”";
        } else if (step.payload() instanceof Payload.Bulk b) {
            button += " " + MessageFormat.format(text.getString("lesson.item.bytes"), b.size());
        }
        if (isNumbered(step)) {
            return button;
        }
        return panel(step.socket()) + " · " + button;
    }

    /** "Server", "Client 2", "Worker 1". */
    String panel(SocketName socket) {
        String kind = text.getString("panel." + socket.kind().name().toLowerCase(java.util.Locale.ROOT));
        return socket.kind() == SocketKind.SERVER ? kind : kind + " " + socket.number();
    }

    /** The numbered buttons (1–7) are named by their number alone: it names one button in the window. */
    private static boolean isNumbered(Step step) {
        for (int n = 1; n <= 7; n++) {
            Step numbered = StepLanguage.numbered(n).orElseThrow();
            if (numbered.socket().equals(step.socket()) && numbered.operation() == step.operation()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A button's text without its mnemonic marker and doubled spaces: "_1  Initialize" → "1 Initialize",
     * "보내기(_S)" → "보내기" (the Korean way of marking a mnemonic).
     */
    static String plain(String label) {
        return label.replaceAll("\\(_[A-Za-z0-9]\\)", "").replace("_", "").replaceAll("\\s+", " ").strip();
    }
}
