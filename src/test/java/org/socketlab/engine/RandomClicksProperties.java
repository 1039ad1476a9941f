package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Random click sequences over every operation of a server, two clients and two workers: whatever the
 * order, nothing throws, every step is answered and lists exactly the calls the engine made for it,
 * counters never go backwards within one socket's life (Initialize starts a new one), and Reset leaves
 * no socket and no extra thread behind.
 */
class RandomClicksProperties {
    private static final String[] SOCKETS = {"server", "client1", "client2", "worker1", "worker2"};

    @Provide
    Arbitrary<Step> anyStep() {
        Arbitrary<SocketName> socket = Arbitraries.of(SOCKETS).map(s -> SocketName.parse(s).orElseThrow());
        Arbitrary<Payload> payload = Arbitraries.oneOf(
                Arbitraries.just(Payload.DEFAULT),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(Payload.Text::new),
                Arbitraries.longs().between(1, 300_000).map(Payload.Bulk::new));
        return Combinators.combine(socket, Arbitraries.of(Operation.class), payload)
                .filter((s, op, p) -> s.kind().offers(op))
                .as((s, op, p) -> new Step(s, op, op == Operation.SEND ? p : Payload.DEFAULT));
    }

    /** A prefix of the lesson's happy path, so random clicks also start from connected states. */
    private static final String[] SETUP = {"1", "2", "3", "client2.init", "4", "client2.connect", "5", "5"};

    @Property(tries = 1500, seed = "20261121")
    void anyClickSequenceIsAnsweredAndResetLeavesNothing(
            @ForAll @IntRange(min = 0, max = 8) int setup,
            @ForAll @Size(min = 1, max = 40) List<@From("anyStep") Step> random) throws StepSyntaxException {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < setup; i++) {
            steps.add(((ScriptStep.Action) StepLanguage.parse(SETUP[i])).step());
        }
        steps.addAll(random);
        long socketsBefore = OpenSockets.count();
        List<LabUpdate> updates = new CopyOnWriteArrayList<>();
        Lab lab = Lab.start(new LabSettings("127.0.0.1", 0, 4, 512));
        try {
            lab.addListener(updates::add);
            for (Step step : steps) {
                long callsBefore = lab.callCounts()[0];
                StepResult r = lab.run(step);
                assertThat(r.calls()).as("calls listed by %s", step.text())
                        .hasSize((int) (lab.callCounts()[0] - callsBefore));
                assertThat(r.message()).as("status of %s", step.text()).isNotBlank();
                if (step.operation() == Operation.RECEIVE || step.operation() == Operation.SEND) {
                    assertThat(r.calls()).as("one click, at most one call: %s", r.java()).hasSizeLessThanOrEqualTo(1)
                            .extracting(Call::method).isSubsetOf("read", "write");
                }
            }
            lab.awaitQuiet(Duration.ofMillis(5), Duration.ofSeconds(5));
            assertCountersNeverDecrease(updates);
            LabSnapshot end = lab.snapshot();
            Statistics.label("reached").collect(end.socket(SocketName.worker(1)).isPresent() ? "a worker" : "no worker");
            Statistics.label("data").collect(end.sockets().values().stream()
                    .anyMatch(v -> v.counters().receive() > 0) ? "received" : "none");

            lab.reset().join();
            assertThat(lab.openChannels()).isZero();
            assertThat(lab.snapshot().sockets()).isEmpty();
            assertThat(lab.interestOps()).isEmpty();
            assertThat(OpenSockets.count()).as("socket descriptors after Reset").isEqualTo(socketsBefore);
            assertThat(OpenSockets.selectorThreads()).as("selector threads after Reset").isEqualTo(1);
            assertThat(lab.unexpectedFailures()).as("failure: %s", lab.lastUnexpectedFailure()).isZero();
        } finally {
            lab.close();
        }
        assertThat(OpenSockets.selectorThreads()).as("selector threads after close").isZero();
    }

    private static void assertCountersNeverDecrease(List<LabUpdate> updates) {
        Map<SocketName, Counters> seen = new HashMap<>();
        long version = 0;
        for (LabUpdate u : updates) {
            if (u instanceof StepResult r && r.step().operation() == Operation.INIT && r.outcome() == Outcome.OK) {
                seen.remove(r.step().socket()); // a new socket: its counters start from 0
            }
            LabSnapshot s = u.after();
            assertThat(s.version()).as("snapshots are published in order").isGreaterThan(version);
            version = s.version();
            s.sockets().forEach((name, view) -> {
                Counters before = seen.getOrDefault(name, Counters.ZERO);
                for (Notification n : Notification.values()) {
                    assertThat(view.counters().count(n)).as("%s %s", name, n).isGreaterThanOrEqualTo(before.count(n));
                }
                seen.put(name, view.counters());
            });
        }
    }
}
