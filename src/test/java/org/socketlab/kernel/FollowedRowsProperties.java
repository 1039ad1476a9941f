package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
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
import org.socketlab.engine.Clicks;
import org.socketlab.engine.IpFamily;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.SocketName;
import org.socketlab.os.OsKind;

/**
 * A reader that follows the lab's rows from step to step ({@link KernelReader#following}) shows what a reader of
 * the whole table shows, after any sequence of clicks: real sockets on loopback, a server, three clients and
 * their workers, sends small and large enough to fill the queues, shutdowns, closes and aborts, each family,
 * small backlogs. It is never told to read the whole table on a clock, so nothing it misses is hidden.
 */
class FollowedRowsProperties {
    private static final int CLIENTS = 3;
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final List<String> SETUP = setup();
    /** Reads in a row that may disagree while the kernel is still moving the lab's connections. */
    private static final int ATTEMPTS = 200;

    private static List<String> setup() {
        List<String> steps = new ArrayList<>(List.of("1", "2"));
        for (int i = 1; i <= CLIENTS; i++) {
            steps.addAll(List.of("client" + i + ".init", "client" + i + ".connect", "server.accept"));
        }
        return List.copyOf(steps);
    }

    @Provide
    Arbitrary<LabSettings> anySettings() {
        Arbitrary<IpFamily> family = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(IpFamily.V4)),
                Tuple.of(1, Arbitraries.just(IpFamily.V6)));
        Arbitrary<Integer> backlog = Arbitraries.of(1, 2, LabSettings.DEFAULT_BACKLOG);
        Arbitrary<Integer> buffer = Arbitraries.of(1024, LabSettings.DEFAULT_RECEIVE_BUFFER);
        return Combinators.combine(family, backlog, buffer).as((f, b, r) ->
                new LabSettings(LabSettings.DEFAULT_HOST, 0, b, r).withFamily(f));
    }

    @Provide
    Arbitrary<String> anyStep() {
        List<String> sockets = new ArrayList<>();
        for (int i = 1; i <= CLIENTS; i++) {
            sockets.add("client" + i);
            sockets.add("worker" + i);
        }
        Arbitrary<String> socket = Arbitraries.of(sockets);
        Arbitrary<String> op = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just("send")), Tuple.of(2, Arbitraries.of("send#20000", "send#3000000")),
                Tuple.of(5, Arbitraries.just("receive")), Tuple.of(1, Arbitraries.just("shutdown")),
                Tuple.of(1, Arbitraries.just("close")), Tuple.of(1, Arbitraries.just("abort")),
                Tuple.of(1, Arbitraries.just("init")), Tuple.of(1, Arbitraries.just("connect")));
        Arbitrary<String> onSocket = Combinators.combine(socket, op)
                .filter((s, o) -> s.startsWith("client") || !o.equals("init") && !o.equals("connect"))
                .as((s, o) -> s + "." + o);
        return Arbitraries.frequencyOf(Tuple.of(8, onSocket), Tuple.of(2, Arbitraries.just("server.accept")),
                Tuple.of(1, Arbitraries.just("server.close")), Tuple.of(1, Arbitraries.just("server.listen")));
    }

    @Property(tries = 40, seed = "20261207", shrinking = ShrinkingMode.FULL)
    void aFollowingReaderShowsWhatTheWholeTableShows(@ForAll("anySettings") LabSettings settings,
                                                     @ForAll @Size(min = 1, max = 25) List<@From("anyStep") String> random) {
        Assume.that(OsKind.current() == OsKind.LINUX);
        Assume.that(settings.family() == IpFamily.V4 || org.socketlab.engine.Ipv6Loopback.works());
        KernelReader followed = KernelReader.following(Long.MAX_VALUE);
        KernelReader whole = KernelReader.system();
        List<String> steps = new ArrayList<>(SETUP);
        steps.addAll(random);
        try (Lab lab = Lab.start(settings)) {
            for (String step : steps) {
                Clicks.run(lab, BOUND, step);
                SocketName.parse(step.contains(".") ? step.substring(0, step.indexOf('.')) : "server")
                        .ifPresent(followed::acted);
                agree(lab, followed, whole, step);
            }
        }
    }

    /**
     * Reads the lab with both readers until they agree; fails when the whole table kept still across a
     * following read and the two still differ.
     */
    private static void agree(Lab lab, KernelReader followed, KernelReader whole, String step) {
        List<String> seen = List.of();
        List<String> all = List.of();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            LabSnapshot snapshot = lab.sync();
            List<String> before = shown(whole.read(snapshot));
            seen = shown(followed.read(snapshot));
            all = shown(whole.read(snapshot));
            if (seen.equals(all) || seen.equals(before)) {
                return;
            }
            if (before.equals(all) && attempt >= 3) {
                break;
            }
            LockSupport.parkNanos(2_000_000); // the kernel is still moving: read again
        }
        assertThat(seen).as("after %s, followed rows vs the whole table", step).isEqualTo(all);
    }

    /** What a view shows, but the time left on timers, which moves between two reads. */
    private static List<String> shown(KernelView view) {
        List<String> shown = new ArrayList<>();
        view.sockets().forEach(k -> shown.add(normal(k)));
        view.earlier().forEach(k -> shown.add("earlier " + normal(k)));
        view.accepting().stream().map(q -> "queued " + q).sorted().forEach(shown::add);
        return shown;
    }

    private static String normal(KernelSocket k) {
        return new KernelSocket(k.name(), k.local(), k.remote(), k.state(), k.sendQueue(), k.recvQueue(), k.backlog(),
                k.timerMillis() < 0 ? -1 : 0, k.afterClose(), k.inferred(), k.unseen(), k.unmatched()).toString();
    }
}
