package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.ClosedSelectorException;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import org.junit.jupiter.api.Test;

/** An accepted connection the lab cannot take on (here: its selector is gone) is closed, not leaked. */
class AdoptFailureTest {
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
