package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link SocketState}: its words (the keys of its texts and style classes) and which states are connected. */
class SocketStateTest {

    @Test
    void eachStateIsWrittenAsItsNameInLowerCaseWithHyphens() {
        for (SocketState state : SocketState.values()) {
            assertThat(state.word()).isEqualTo(state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    @Test
    void onlyAnOpenConnectionCountsAsConnected() {
        assertThat(Arrays.stream(SocketState.values()).filter(SocketState::isConnected))
                .containsExactly(SocketState.CONNECTED, SocketState.OUTPUT_SHUT);
    }
}
