package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * settle() adds up what selectNow() reports until an answer is 0; a selector that fails or is gone ends it with
 * what was handled so far; a kernel still reporting after 64 rounds gives -1.
 */
class SettleRoundsTest {
    @Test
    void theReportsAreAddedUpUntilAnAnswerIsZero() throws Exception {
        ScriptedSelector selector = ScriptedSelector.working().answeringNow(2, 3, 0, 7);
        assertThat(loopOn(selector).settle()).isEqualTo(5);
        assertThat(selector.selectNowCalls()).isEqualTo(3);
    }

    @Test
    void aFailingSelectNowEndsItWithWhatWasHandled() throws Exception {
        ScriptedSelector selector = ScriptedSelector.working().answeringNow(2, 3, new IOException("scripted"));
        assertThat(loopOn(selector).settle()).isEqualTo(5);
    }

    @Test
    void aKernelStillReportingAfterSixtyFourRoundsIsNotSettled() throws Exception {
        ScriptedSelector selector = ScriptedSelector.working()
                .answeringNow(Collections.nCopies(100, 1).toArray());
        assertThat(loopOn(selector).settle()).isEqualTo(-1);
        assertThat(selector.selectNowCalls()).isEqualTo(64);
    }

    private static SelectorLoop loopOn(ScriptedSelector selector) throws IOException {
        return new SelectorLoop("settle", ScriptedResources.opening(selector));
    }
}
