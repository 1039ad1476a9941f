package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Random click sequences over every operation of a server, five clients and five workers, with the
 * settings a hostile tester would pick (receive buffer 1, backlog 1, IPv6, connect timeouts that expire
 * mid-sequence) and sends of random sizes (text of 1 to 6,000 characters, bulks up to 4 MiB): whatever
 * the order, every step is answered for that step and lists exactly the calls the engine made for it,
 * counters never go backwards within one socket's life (Initialize starts a new one) and change only with
 * their notification, and Reset leaves no socket, no key and no extra thread behind.
 */
class RandomClicksProperties {
    static final int CLIENTS = 5;
    static final int MAX_TEXT = 6_000;
    static final long MAX_BULK = 4L << 20;

    /** A prefix of the lesson's happy path for all five clients, so random clicks also start connected. */
    private static final List<String> SETUP = setup();

    private static List<String> setup() {
        List<String> steps = new ArrayList<>(List.of("1", "2"));
        for (int i = 1; i <= CLIENTS; i++) {
            steps.add("client" + i + ".init");
            steps.add("client" + i + ".connect");
        }
        for (int i = 1; i <= CLIENTS; i++) {
            steps.add("5");
        }
        return List.copyOf(steps);
    }

    @Provide
    Arbitrary<LabSettings> anySettings() {
        Arbitrary<IpFamily> family = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(IpFamily.V4)),
                Tuple.of(1, Arbitraries.just(IpFamily.V6)));
        Arbitrary<Integer> backlog = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(1)),
                Tuple.of(1, Arbitraries.integers().between(2, 5)),
                Tuple.of(1, Arbitraries.just(LabSettings.DEFAULT_BACKLOG)));
        Arbitrary<Integer> buffer = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(1)),
                Tuple.of(2, Arbitraries.integers().between(2, 4096)),
                Tuple.of(1, Arbitraries.just(LabSettings.DEFAULT_RECEIVE_BUFFER)),
                Tuple.of(1, Arbitraries.integers().between(4097, LabSettings.MAX_RECEIVE_BUFFER)));
        // mostly the default; sometimes short enough that a connect a full backlog drops times out mid-run
        Arbitrary<Integer> timeout = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(LabSettings.DEFAULT_CONNECT_TIMEOUT)),
                Tuple.of(1, Arbitraries.integers().between(1, 100)));
        return Combinators.combine(family, backlog, buffer, timeout).as((f, b, r, t) ->
                new LabSettings(LabSettings.DEFAULT_HOST, 0, b, r).withFamily(f).withConnectTimeout(t));
    }

    /** How much of the happy path runs first: often all of it, so many sequences start with five workers. */
    @Provide
    Arbitrary<Integer> anySetup() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(SETUP.size())),
                Tuple.of(1, Arbitraries.integers().between(0, SETUP.size() - 1)));
    }

    @Provide
    Arbitrary<Step> anyStep() {
        List<Tuple.Tuple2<Integer, SocketName>> sockets = new ArrayList<>();
        sockets.add(Tuple.of(3, SocketName.SERVER));
        for (int i = 1; i <= CLIENTS; i++) {
            sockets.add(Tuple.of(2, SocketName.client(i)));
            sockets.add(Tuple.of(2, SocketName.worker(i)));
        }
        Arbitrary<SocketName> socket = Arbitraries.frequency(sockets);
        Arbitrary<Operation> operation = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(Operation.SEND)), Tuple.of(5, Arbitraries.just(Operation.RECEIVE)),
                Tuple.of(3, Arbitraries.just(Operation.ACCEPT)), Tuple.of(2, Arbitraries.just(Operation.CONNECT)),
                Tuple.of(2, Arbitraries.just(Operation.INIT)), Tuple.of(1, Arbitraries.just(Operation.LISTEN)),
                Tuple.of(1, Arbitraries.just(Operation.SHUTDOWN)), Tuple.of(1, Arbitraries.just(Operation.CLOSE)),
                Tuple.of(1, Arbitraries.just(Operation.ABORT)));
        return Combinators.combine(socket, operation, anyPayload())
                .filter((s, op, p) -> s.kind().offers(op))
                .as((s, op, p) -> new Step(s, op, op == Operation.SEND ? p : Payload.DEFAULT));
    }

    /** The time of day (or the rest of an unfinished send), text of 1 to 6,000 characters, bulks up to 4 MiB. */
    static Arbitrary<Payload> anyPayload() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Payload.DEFAULT)),
                Tuple.of(2, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(MAX_TEXT).map(Payload.Text::new)),
                Tuple.of(1, Arbitraries.longs().between(1, 65_536).map(Payload.Bulk::new)),
                Tuple.of(1, Arbitraries.longs().between(65_537, MAX_BULK).map(Payload.Bulk::new)));
    }

    // Shrinking runs to its end on the test thread: a bounded shrink is abandoned after 10 s on a pool
    // thread that goes on opening labs while later tests count sockets and threads.
    @Property(tries = 1000, seed = "20261124", shrinking = ShrinkingMode.FULL)
    void anyClickSequenceIsAnsweredAndResetLeavesNothing(
            @ForAll("anySettings") LabSettings settings,
            @ForAll("anySetup") int setup,
            @ForAll @Size(min = 1, max = 60) List<@From("anyStep") Step> random) throws StepSyntaxException {
        Assume.that(settings.family() == IpFamily.V4 || Ipv6Loopback.works());
        List<Step> steps = new ArrayList<>();
        for (String text : SETUP.subList(0, setup)) {
            steps.add(((ScriptStep.Action) StepLanguage.parse(text)).step());
        }
        steps.addAll(random);
        long socketsBefore = OpenSockets.count();
        SoakMonitor monitor = new SoakMonitor();
        Lab lab = Lab.start(settings);
        try {
            lab.addListener(monitor);
            for (Step step : steps) {
                long callsBefore = lab.callCounts()[0];
                StepResult r = lab.run(step);
                SoakChecks.assertAnswered(step, r, lab.callCounts()[0] - callsBefore, settings.receiveBufferSize());
            }
            assertThat(lab.awaitQuiet(Duration.ofMillis(5), SoakChecks.BOUND)).as("the lab went quiet").isTrue();
            monitor.assertClean();
            LabSnapshot end = lab.snapshot();
            Statistics.label("settings").collect(settings.family(), settings.backlog() == 1 ? "backlog 1" : "backlog>1",
                    settings.receiveBufferSize() == 1 ? "buffer 1" : "buffer>1");
            Statistics.label("workers").collect(end.ofKind(SocketKind.WORKER).size());
            Statistics.label("data").collect(end.sockets().values().stream()
                    .anyMatch(v -> v.counters().receive() > 0) ? "received" : "none");
            // A generator that stops reaching these would go on passing: it must keep reaching them.
            Statistics.label("settings").coverage(c -> c.checkQuery(v -> v.contains("backlog 1"))
                    .percentage(p -> p >= 30));
            Statistics.label("workers").coverage(c -> c.checkQuery(v -> (Integer) v.get(0) > 0)
                    .percentage(p -> p >= 50));
            Statistics.label("data").coverage(c -> c.check("received").percentage(p -> p >= 30));

            SoakChecks.reset(lab);
            SoakChecks.assertResetLeftNothing(lab, socketsBefore);
            monitor.assertClean();
        } finally {
            lab.close();
        }
        assertThat(OpenSockets.selectorThreads()).as("selector threads after close").isZero();
    }
}
