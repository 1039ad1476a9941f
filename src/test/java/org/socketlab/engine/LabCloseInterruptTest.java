package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Lab#close()} from a thread that is interrupted: it does not wait, and the interrupt is kept. */
class LabCloseInterruptTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void anInterruptedCloserKeepsItsInterrupt() {
        LabFixture f = new LabFixture();
        f.clicks("1", "2");
        Thread.currentThread().interrupt();
        f.close();
        assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
    }
}
