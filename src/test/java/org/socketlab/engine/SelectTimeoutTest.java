package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The selector thread's wait before a connect's deadline: never 0 (forever), never shorter than the deadline. */
class SelectTimeoutTest {
    @Test
    void partMillisecondsAreRoundedUp() {
        assertThat(LabCore.selectTimeout(1_000_000)).isEqualTo(1);
        assertThat(LabCore.selectTimeout(1_000_001)).isEqualTo(2);
        assertThat(LabCore.selectTimeout(1_500_000)).isEqualTo(2);
        assertThat(LabCore.selectTimeout(2_999_999_999L)).isEqualTo(3_000);
    }

    @Test
    void aDeadlineDueOrPastStillWaitsOneMillisecondNotForever() {
        assertThat(LabCore.selectTimeout(1)).isEqualTo(1);
        assertThat(LabCore.selectTimeout(0)).isEqualTo(1);
        assertThat(LabCore.selectTimeout(-5_000_000)).isEqualTo(1);
    }
}
