package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

/** Test helper: runs steps written in the step language as a student clicks them, each one's notifications arriving before the next. */
public final class Clicks {
    private Clicks() {
    }

    /** Runs the steps in order on the lab; returns the last result. Each waits (at most {@code bound}) until the lab is quiet. */
    public static StepResult run(Lab lab, Duration bound, String... texts) {
        StepResult last = null;
        for (String text : texts) {
            try {
                last = lab.run(((ScriptStep.Action) StepLanguage.parse(text)).step());
            } catch (StepSyntaxException e) {
                throw new AssertionError(text + ": " + e.getMessage(), e);
            }
            assertThat(lab.awaitQuiet(Duration.ofMillis(50), bound)).as("the lab went quiet").isTrue();
        }
        return last;
    }
}
