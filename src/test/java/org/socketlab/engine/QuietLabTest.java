package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link Lab#awaitQuiet}: round trips through the selector first, then a quiet spell, all within the bound. */
class QuietLabTest {

    @Test
    void aQuietSpellLongerThanTheBoundIsNotWaitedFor() {
        try (LabFixture f = new LabFixture()) {
            f.step("1");
            assertThat(f.lab.awaitQuiet(Duration.ofHours(1), Duration.ofMillis(50))).isFalse();
        }
    }
}
