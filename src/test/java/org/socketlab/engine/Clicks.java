package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

/** Test helper: runs steps written in the step language as a student clicks them, each one's notifications arriving before the next. */
public final class Clicks {
    /** While a connect is under way: nothing new for this long. */
    private static final Duration QUIET = Duration.ofMillis(100);

    private Clicks() {
    }

    /** Runs the steps in order on the lab; returns the last result. Each waits (at most {@code bound}) until the lab has settled. */
    public static StepResult run(Lab lab, Duration bound, String... texts) {
        StepResult last = null;
        for (String text : texts) {
            try {
                last = lab.run(((ScriptStep.Action) StepLanguage.parse(text)).step());
            } catch (StepSyntaxException e) {
                throw new AssertionError(text + ": " + e.getMessage(), e);
            }
            settle(lab, bound);
        }
        return last;
    }

    /**
     * Lets every notification already caused arrive. Judged by the kernel ({@link Lab#awaitSettled}, as the
     * player does) rather than by a clock; only while a connect is under way, whose end the kernel may not
     * bring for seconds (a full backlog, nobody answering, a deadline the test waits for itself), by a quiet
     * spell instead.
     */
    public static void settle(Lab lab, Duration bound) {
        boolean connecting = lab.sync().sockets().values().stream().anyMatch(s -> s.state() == SocketState.CONNECTING);
        if (connecting) {
            assertThat(lab.awaitQuiet(QUIET, bound)).as("the lab went quiet").isTrue();
        } else {
            assertThat(lab.awaitSettled(bound)).as("the lab settled").isTrue();
        }
    }
}
