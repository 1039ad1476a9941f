package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A failure on the selector thread, of any kind, is survived and said with the next step's result. */
class SurvivedFailureTest {

    @Test
    void anErrorOnTheSelectorThreadIsReportedWithTheNextStepAndTheLabGoesOn() {
        try (Lab lab = Lab.start(new LabSettings("127.0.0.1", 0, LabSettings.DEFAULT_BACKLOG, 1024))) {
            AtomicBoolean thrown = new AtomicBoolean();
            lab.addListener(update -> {
                if (update instanceof StepResult && thrown.compareAndSet(false, true)) {
                    throw new OutOfMemoryError("a listener ran out of memory (simulated)");
                }
            });
            StepResult first = lab.run(new Step(SocketName.SERVER, Operation.INIT));
            assertThat(first.outcome()).isEqualTo(Outcome.OK);
            StepResult next = lab.run(new Step(SocketName.SERVER, Operation.LISTEN));
            assertThat(next.outcome()).as("the lab goes on").isEqualTo(Outcome.OK);
            assertThat(next.message()).contains("survived an internal error").contains("OutOfMemoryError");
            assertThat(lab.run(new Step(SocketName.client(1), Operation.INIT)).message())
                    .as("said once").doesNotContain("internal error");
            assertThat(lab.unexpectedFailures()).isEqualTo(1);
            assertThat(lab.isRunning()).isTrue();
        }
    }
}
