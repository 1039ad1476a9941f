package org.socketlab.ui.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepResult;
import org.socketlab.engine.Wsa;
import org.socketlab.ui.window.Texts;

/** A card puts into words only the answers it shows: a held burst of answers on one button, its last one. */
class AnswerWordingTest {
    /** The window's texts, counting how often an outcome's word was looked up (once per answer worded). */
    private static final class CountingTexts extends ResourceBundle {
        private final ResourceBundle texts = Texts.bundle();
        int outcomes;

        @Override
        protected Object handleGetObject(String key) {
            if (key.startsWith("outcome.")) {
                outcomes++;
            }
            return texts.getObject(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return texts.getKeys();
        }
    }

    private static StepResult send(long version) {
        return new StepResult(new Step(SocketName.client(1), Operation.SEND), Outcome.OK, List.of(), "", Wsa.NONE,
                List.of(), 12, new byte[0], false, 0, Instant.now(), "socketlab-selector",
                new LabSnapshot(version, Map.of()));
    }

    @Test
    void aHeldBurstOfAnswersOnOneButtonPutsOnlyTheLastIntoWords() {
        CountingTexts text = new CountingTexts();
        SocketViewModel client = new SocketViewModel(SocketName.client(1), step -> { }, () -> null, text);
        client.hold();
        for (int n = 1; n <= 100; n++) {
            client.apply(send(n), n);
        }
        assertThat(text.outcomes).as("answers worded while held").isZero();
        client.release();
        StatusView shown = client.statusProperty(Operation.SEND).get();
        assertThat(shown.number()).isEqualTo(100);
        assertThat(client.headerProperty().get()).as("the header shows the same answer").isSameAs(shown);
        assertThat(text.outcomes).as("answers worded").isEqualTo(1);
    }
}
