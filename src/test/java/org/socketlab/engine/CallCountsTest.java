package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every socket call the engine makes is counted: a step's calls, each listed in its result, and the selector
 * thread's own (telling data from end of stream), which no result lists. Each call names its byte count.
 */
class CallCountsTest {

    private static long listed(LabFixture f) {
        return f.updates.stream().filter(StepResult.class::isInstance).map(StepResult.class::cast)
                .mapToLong(r -> r.calls().size()).sum();
    }

    @Test
    void aStepsCallsAreCountedAsListedAndTheSelectorsOwnApart() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4", "5");
            long[] before = f.lab.callCounts();
            assertThat(before[0]).as("the steps' calls, as their results list them").isEqualTo(listed(f)).isPositive();

            StepResult one = f.step("client1.send=x");
            f.await("worker1", c -> c.receive() == 1);
            long[] after = f.lab.callCounts();
            assertThat(after[0]).isEqualTo(before[0] + one.calls().size());
            assertThat(after[1]).as("the selector asked how much data waits (available)").isGreaterThan(before[1]);
        }
    }

    @Test
    void aWriteNamesItsByteCountInWords() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4", "5");
            assertThat(f.step("worker1.send=x").calls()).singleElement()
                    .satisfies(c -> assertThat(c.arguments()).isEqualTo("1 byte"));
            assertThat(f.step("worker1.send=hi").calls()).singleElement()
                    .satisfies(c -> assertThat(c.arguments()).isEqualTo("2 bytes"));
        }
    }
}
