package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An Initialize that opens its channel but cannot register it closes the channel again and answers the error. */
class InitFailureTest {
    @Test
    void theOpenedChannelIsClosedAndTheFailureIsTheStepsAnswer() throws Exception {
        Selector gone = Selector.open();
        gone.close();
        List<Throwable> bugs = new ArrayList<>();
        LabCore core = new LabCore(() -> gone, LabSettings.defaults(), update -> { }, bugs::add);
        StepResult init = core.run(new Step(SocketName.SERVER, Operation.INIT));
        assertThat(init.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(init.explanations()).extracting(Explanation::key).doesNotContain("lab.internal.error");
        assertThat(bugs).as("no bug handed on").isEmpty();
        assertThat(init.calls()).extracting(Call::text).last().asString().startsWith("close");
    }
}
