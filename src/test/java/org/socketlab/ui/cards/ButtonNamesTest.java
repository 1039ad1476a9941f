package org.socketlab.ui.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Payload;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;
import org.socketlab.ui.narration.Sentences;

/** Steps named as the class sees them, and narration that does not repeat the lesson's words. */
class ButtonNamesTest {
    private static final ButtonNames EN = new ButtonNames(ResourceBundle.getBundle("i18n.messages", Locale.ROOT,
            org.socketlab.lesson.Language.NO_FALLBACK));
    private static final ButtonNames KO = new ButtonNames(ResourceBundle.getBundle("i18n.messages", Locale.KOREAN,
            org.socketlab.lesson.Language.NO_FALLBACK));

    @Test
    void numberedStepsAreNamedByTheirButtonOthersByTheirCardToo() {
        assertThat(EN.of(new Step(SocketName.SERVER, Operation.INIT))).isEqualTo("1 Initialize");
        assertThat(EN.of(new Step(SocketName.client(1), Operation.RECEIVE))).isEqualTo("7 Receive");
        assertThat(EN.of(new Step(SocketName.client(2), Operation.CONNECT))).isEqualTo("Client 2 · 4 Connect");
        assertThat(EN.of(new Step(SocketName.worker(1), Operation.SEND, new Payload.Text("bye"))))
                .isEqualTo("6 Send “bye”");
        assertThat(EN.of(new Step(SocketName.worker(2), Operation.CLOSE))).isEqualTo("Worker 2 · Close");
        assertThat(EN.of(new ScriptStep.Wait(1500))).isEqualTo("Wait 1.5 s");
        assertThat(KO.of(new Step(SocketName.client(1), Operation.SEND))).as("the Korean mnemonic mark goes whole")
                .isEqualTo("클라이언트 1 · 보내기");
        assertThat(KO.of(new Step(SocketName.SERVER, Operation.LISTEN))).isEqualTo("2 리슨");
    }

    @Test
    void theNarrationLeavesOutWhatTheLessonAlreadySaid() {
        String narrator = "read() returned 12. TCP keeps no message boundaries. Receive re-enables OnReceive.";
        String lesson = "TCP keeps no message boundaries!";
        assertThat(Sentences.without(narrator, lesson))
                .isEqualTo("read() returned 12. Receive re-enables OnReceive.");
        assertThat(Sentences.without(narrator, "")).isEqualTo(narrator);
    }
}
