package org.socketlab.ui.cards;

import java.util.ResourceBundle;
import org.socketlab.engine.Wsa;

/** What a counter's code shows beside OnConnect and OnClose: nothing yet, "error 0", or the WSA code. */
public final class CounterTexts {
    private CounterTexts() {
    }

    /** "" while the notification has not come, "error 0" for a success, else e.g. "WSAECONNRESET (10054)". */
    public static String code(int count, int code, ResourceBundle text) {
        if (count == 0) {
            return "";
        }
        if (code == Wsa.UNCLASSIFIED.code()) {
            return text.getString("counter.code.unclassified");
        }
        return code == 0 ? text.getString("counter.code.success") : Wsa.of(code).describe();
    }
}
