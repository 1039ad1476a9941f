package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.ClosedSelectorException;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A socket the lab cannot take on (here: its selector is gone) is closed, not leaked, and a step that meets a
 * bug is answered while the failure is handed on.
 */
class AdoptFailureTest {
    @Test
    void aSocketThatCannotBeRegisteredFailsItsInitAndIsNotKept() throws Exception {
        Selector gone = Selector.open();
        gone.close();
        LabCore core = new LabCore(() -> gone, LabSettings.defaults(), update -> { }, failure -> { });
        StepResult init = core.run(new Step(SocketName.SERVER, Operation.INIT));
        assertThat(init.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(core.openChannels()).isZero();
        assertThat(core.run(new Step(SocketName.SERVER, Operation.LISTEN)).explanations())
                .extracting(Explanation::key).startsWith("socket.missing");
    }

    @Test
    void aStepThatMeetsABugIsAnsweredAndTheFailureHandedOn() {
        List<Throwable> failures = new ArrayList<>();
        LabCore broken = new LabCore(() -> null, null, update -> { }, failures::add);
        StepResult r = broken.run(new Step(SocketName.SERVER, Operation.INIT));
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.explanations()).extracting(Explanation::key).containsExactly("lab.internal.error");
        assertThat(failures).singleElement().isInstanceOf(NullPointerException.class);
    }

    @Test
    void anAcceptedChannelThatCannotBeRegisteredIsClosedAndNoWorkerIsAdded() throws Exception {
        Selector gone = Selector.open();
        gone.close();
        LabCore core = new LabCore(() -> gone, LabSettings.defaults(), update -> { }, failure -> { });
        try (SocketChannel accepted = SocketChannel.open()) {
            assertThatThrownBy(() -> core.adopt(accepted)).isInstanceOf(ClosedSelectorException.class);
            assertThat(accepted.isOpen()).as("the accepted channel is closed").isFalse();
            assertThat(core.openChannels()).isZero();
            assertThat(core.callCounts()[1]).as("configureBlocking, register and close on the lab's own account")
                    .isEqualTo(3);
        }
    }
}
