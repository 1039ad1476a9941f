package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.socketlab.engine.IpFamily;
import org.socketlab.engine.Ipv6Loopback;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabReset;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.LabUpdate;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketView;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepResult;
import org.socketlab.ui.cards.ButtonNames;
import org.socketlab.ui.cards.SocketViewModel;
import org.socketlab.ui.cards.StatusView;
import org.socketlab.ui.settings.PayloadMode;

/**
 * Random clicks on the window's view model, without a toolkit: numbered steps, any button of any panel,
 * steps given as a lesson gives them, Add client, Broadcast, Reset, and settings changes (receive buffer,
 * payload mode, text, bulk size, IP family), with the lab's updates applied in batches on the test thread
 * as the FX thread would, at random moments (so several clicks can be answered in one batch). Whatever
 * the order: nothing throws; every step a click asked for is answered, and the status field beside its
 * button shows that answer; the counters shown are the lab's newest and never go backwards within one
 * socket's life; and after Reset no socket is open in the lab, and the window shows none.
 */
class RandomViewModelClicksProperties {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("i18n.messages");
    private static final Duration QUIET = Duration.ofMillis(5);
    private static final Duration BOUND = Duration.ofSeconds(30);

    /** One thing a user can do in the window. */
    sealed interface Verb {
    }

    /** Keys 1–7. */
    record Numbered(int number) implements Verb {
    }

    /** A button of a panel: the server, or the n-th client or worker panel shown (modulo how many there are). */
    record Click(SocketKind kind, int panel, int button) implements Verb {
    }

    /** A step given in the player's language, as a lesson runs it (its socket may have no panel yet). */
    record Submit(Step step) implements Verb {
    }

    record AddClient() implements Verb {
    }

    record Broadcast() implements Verb {
    }

    record Reset() implements Verb {
    }

    /** What the user types in a settings field, valid or not. */
    record Type(String field, String value) implements Verb {
    }

    record Mode(PayloadMode mode) implements Verb {
    }

    record Family(IpFamily family) implements Verb {
    }

    /** The lab's notifications arrive and the FX thread applies them (at other times they pile up). */
    record Settle() implements Verb {
    }

    @Provide
    Arbitrary<List<Verb>> anyVerbs() {
        Arbitrary<Verb> verb = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(1, 7).map(Numbered::new)),
                Tuple.of(6, Arbitraries.of(6, 7).map(Numbered::new)),
                Tuple.of(2, Arbitraries.of(SocketKind.CLIENT, SocketKind.WORKER).flatMap(k -> Arbitraries.integers()
                        .between(1, 5).flatMap(n -> Arbitraries.of(SocketViewModel.operationsOf(k))
                                .map(op -> new Submit(new Step(new SocketName(k, n), op)))))),
                Tuple.of(12, Arbitraries.of(SocketKind.class).flatMap(k -> Arbitraries.integers().between(0, 5)
                        .flatMap(p -> Arbitraries.integers().between(0, 6).map(b -> new Click(k, p, b))))),
                Tuple.of(2, Arbitraries.just(new AddClient())),
                Tuple.of(2, Arbitraries.just(new Broadcast())),
                Tuple.of(1, Arbitraries.just(new Reset())),
                Tuple.of(1, Arbitraries.of("1", "2", "7", "1024", "65536", "0", "", "x", "1048577")
                        .map(v -> new Type("buffer", v))),
                Tuple.of(2, Arbitraries.of(PayloadMode.class).map(Mode::new)),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(0).ofMaxLength(3000).map(v -> new Type("text", v))),
                Tuple.of(1, Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(1, 4 << 20)
                                .map(String::valueOf)), Tuple.of(1, Arbitraries.of("0", "-3", "", "12x")))
                        .map(v -> new Type("bulk", v))),
                Tuple.of(1, Arbitraries.of(IpFamily.class).map(Family::new)),
                Tuple.of(6, Arbitraries.just(new Settle())));
        return verb.list().ofMinSize(1).ofMaxSize(40);
    }

    /**
     * Where a sequence starts: from nothing; after steps 1–4 with the connection waiting to be accepted
     * (so a later 5 and a click for worker1 can be answered in the same batch); with a connected pair that
     * has data on its way; or with two connected pairs after a Broadcast.
     */
    private static final List<List<Verb>> SETUPS = List.of(List.of(),
            List.of(new Numbered(1), new Numbered(2), new Numbered(3), new Numbered(4)),
            List.of(new Numbered(1), new Numbered(2), new Numbered(3), new Numbered(4), new Numbered(5),
                    new Settle(), new Numbered(6)),
            List.of(new Numbered(1), new Numbered(2), new Numbered(3), new Numbered(4), new AddClient(),
                    new Click(SocketKind.CLIENT, 1, 0), new Click(SocketKind.CLIENT, 1, 1), new Settle(),
                    new Numbered(5), new Numbered(5), new Settle(), new Broadcast()));

    // Shrinking runs to its end on the test thread: a bounded shrink is abandoned after 10 s on a pool
    // thread that goes on opening labs while later tests count sockets and threads.
    @Property(tries = 300, seed = "20261124", shrinking = ShrinkingMode.FULL)
    void anyClicksOnTheWindowAreAnsweredShownAndResetLeavesNothing(
            @ForAll @IntRange(min = 0, max = 3) int setup, @ForAll("anyVerbs") List<Verb> verbs) {
        List<Verb> all = new ArrayList<>(SETUPS.get(setup));
        all.addAll(verbs);
        Assume.that(all.stream().noneMatch(v -> v instanceof Family f && f.family() == IpFamily.V6) || Ipv6Loopback.works());
        try (Window w = new Window()) {
            for (Verb v : all) {
                w.run(v);
            }
            w.settle();
            Statistics.label("workers shown").collect(w.vm.workers().size());
            Statistics.label("receives with data").collect(w.received == 0 ? "0" : w.received < 5 ? "1-4" : "5+");
            // A generator that stops reaching workers or received data would go on passing: it must keep reaching them.
            Statistics.label("workers shown").coverage(c -> c.checkQuery(v -> (Integer) v.get(0) > 0)
                    .percentage(p -> p >= 20));
            Statistics.label("receives with data").coverage(c -> c.checkQuery(v -> !"0".equals(v.get(0)))
                    .percentage(p -> p >= 8));
            w.run(new Reset());
        }
    }

    /**
     * Found by the property: keys 5 and 6 pressed before the FX thread has applied the Accept. worker1 has
     * no panel yet, so 6 goes to the lab directly; its answer arrives in the same batch as the Accept, and
     * the Send button of the worker1 panel that this batch creates must show it.
     */
    @Example
    void aClickAnsweredInTheBatchThatCreatesItsPanelIsShownBesideItsButton() {
        try (Window w = new Window()) {
            List.of(new Numbered(1), new Numbered(2), new Numbered(3), new Numbered(4), new Settle(),
                    new Numbered(5), new Numbered(6), new Settle()).forEach(w::run);
            assertThat(w.vm.workers().get(0).statusProperty(Operation.SEND).get().outcome()).isEqualTo(Outcome.OK);
        }
    }

    /** The same for a lesson's step on a client that has no panel yet: client2.init shows beside its button. */
    @Example
    void aLessonStepOnASocketWithoutAPanelIsShownBesideItsButton() {
        try (Window w = new Window()) {
            List.of(new Submit(new Step(SocketName.client(2), Operation.INIT)), new Settle()).forEach(w::run);
            assertThat(w.vm.clients().get(1).statusProperty(Operation.INIT).get().outcome()).isEqualTo(Outcome.OK);
        }
    }

    /** The view model on a real lab, with the FX thread played by the test thread. */
    private static final class Window implements AutoCloseable {
        final UiQueue fx = new UiQueue();
        final long socketsBefore = openSockets();
        final Lab lab = Lab.start(LabSettings.defaults().withPort(0));
        final LabViewModel vm = new LabViewModel(lab, TEXT, (delay, action) -> fx.execute(action));
        /** The counters each panel showed last, by socket; a new life (Initialize, Reset) starts again. */
        final Map<SocketName, int[]> shownCounters = new HashMap<>();
        LabSnapshot newest = LabSnapshot.EMPTY;
        int stepsAsked;
        int stepsAnswered;
        int received;

        Window() {
            lab.addListener(new UiBridge(fx, batch -> {
                List<SocketName> panelsBefore = panels().stream().map(SocketViewModel::name).toList();
                vm.apply(batch);
                check(batch, panelsBefore);
            }));
        }

        void run(Verb verb) {
            if (verb instanceof Numbered n) {
                vm.runNumbered(n.number());
                stepsAsked++;
            } else if (verb instanceof Click c) {
                SocketViewModel panel = panel(c.kind(), c.panel());
                if (panel != null) {
                    List<Operation> buttons = SocketViewModel.operationsOf(panel.name().kind());
                    panel.perform(buttons.get(c.button() % buttons.size()));
                    stepsAsked++;
                }
            } else if (verb instanceof Submit s) {
                vm.submit(s.step());
                stepsAsked++;
            } else if (verb instanceof AddClient) {
                vm.addClient();
            } else if (verb instanceof Broadcast) {
                stepsAsked += (int) vm.workers().stream()
                        .filter(x -> x.connectedProperty().get() && !x.peerGoneProperty().get()).count();
                vm.classActions().broadcast();
            } else if (verb instanceof Reset) {
                vm.reset();
                settle();
                assertResetLeftNothing();
            } else if (verb instanceof Type t) {
                switch (t.field()) {
                    case "buffer" -> vm.settings().bufferProperty().set(t.value());
                    case "text" -> vm.settings().payloadTextProperty().set(t.value());
                    default -> vm.settings().bulkSizeProperty().set(t.value());
                }
            } else if (verb instanceof Mode m) {
                vm.settings().payloadModeProperty().set(m.mode());
            } else if (verb instanceof Family f) {
                vm.settings().familyProperty().set(f.family());
            } else if (verb instanceof Settle) {
                settle();
            }
        }

        private SocketViewModel panel(SocketKind kind, int n) {
            List<SocketViewModel> panels = switch (kind) {
                case SERVER -> List.of(vm.server());
                case CLIENT -> vm.clients();
                case WORKER -> vm.workers();
            };
            return panels.isEmpty() ? null : panels.get(n % panels.size());
        }

        void settle() {
            assertThat(lab.awaitQuiet(QUIET, BOUND)).as("the lab went quiet").isTrue();
            fx.drain();
            assertThat(stepsAnswered).as("steps answered of those clicked").isEqualTo(stepsAsked);
            assertThat(lab.unexpectedFailures()).as("failure: %s", lab.lastUnexpectedFailure()).isZero();
        }

        /** After each batch the FX thread applied: statuses, last status and counters as the lab said. */
        private void check(List<LabUpdate> batch, List<SocketName> panelsBefore) {
            // The answers a panel must show: the last per button, if its panel was there when it arrived or
            // its socket was (a panel made later by this batch, e.g. by an Accept after a worker1 click that
            // found no worker1, belongs to a new socket and starts empty).
            Map<String, StepResult> lastPerButton = new LinkedHashMap<>();
            Set<SocketName> panelsThere = new HashSet<>(panelsBefore);
            LabUpdate last = null;
            for (LabUpdate u : batch) {
                if (u instanceof LabReset) {
                    lastPerButton.clear();
                    shownCounters.clear();
                    panelsThere.retainAll(Set.of(SocketName.SERVER, SocketName.client(1)));
                } else if (u instanceof StepResult r) {
                    stepsAnswered++;
                    received += r.step().operation() == Operation.RECEIVE && r.bytes() > 0 ? 1 : 0;
                    String button = r.step().socket() + "." + r.step().operation().word();
                    lastPerButton.remove(button);
                    if (panelsThere.contains(r.step().socket()) || r.after().sockets().containsKey(r.step().socket())) {
                        lastPerButton.put(button, r);
                    }
                    if (r.step().operation() == Operation.INIT && r.outcome() == Outcome.OK) {
                        shownCounters.remove(r.step().socket());
                    }
                }
                if (u instanceof StepResult || u instanceof LabReset) {
                    last = u;
                }
                if (u.after().version() > newest.version()) {
                    newest = u.after();
                }
            }
            for (StepResult r : lastPerButton.values()) {
                SocketViewModel panel = find(r.step().socket());
                if (panel != null) {
                    // the answer as numbered when applied; stale or not depends on what followed
                    StatusView shown = panel.statusProperty(r.step().operation()).get();
                    StatusView expected = StatusView.of(r, TEXT, shown.number());
                    assertThat(shown)
                            .as("status beside %s (%s)", r.step().text(), panelsThere.contains(panel.name())
                                    ? "its panel was shown" : "its panel appeared with this answer")
                            .isIn(expected, expected.withStale());
                    assertThat(shown.number()).as("click number of %s", r.step().text()).isPositive();
                }
            }
            if (last instanceof StepResult r) {
                assertThat(vm.lastStatusProperty().get()).as("last status after %s", r.step().text())
                        .isEqualTo(StatusView.of(r, TEXT, stepsAnswered));
                assertThat(vm.lastStepProperty().get()).isEqualTo(new ButtonNames(TEXT).of(r.step()));
            } else if (last instanceof LabReset) {
                assertThat(vm.lastStatusProperty().get()).as("last status after Reset").isEqualTo(StatusView.NONE);
            }
            for (SocketViewModel panel : panels()) {
                assertThat(panel.phaseProperty().get()).as("%s state against the lab's newest snapshot", panel.name())
                        .isEqualTo(newest.socket(panel.name()).map(SocketView::state).orElse(null));
                StatusView header = panel.headerProperty().get();
                for (Operation op : SocketViewModel.operationsOf(panel.name().kind())) {
                    assertThat(panel.statusProperty(op).get().number()).as("%s header is its latest answer", panel.name())
                            .isLessThanOrEqualTo(header.number());
                }
                int[] shown = new int[Notification.values().length];
                int[] before = shownCounters.getOrDefault(panel.name(), new int[shown.length]);
                for (Notification n : Notification.values()) {
                    shown[n.ordinal()] = panel.countProperty(n).get();
                    assertThat(shown[n.ordinal()]).as("%s %s shown", panel.name(), n.mfcName())
                            .isGreaterThanOrEqualTo(before[n.ordinal()]);
                }
                shownCounters.put(panel.name(), shown);
                for (Notification n : Notification.values()) {
                    assertThat(shown[n.ordinal()]).as("%s %s shown against the lab's newest snapshot",
                            panel.name(), n.mfcName()).isEqualTo(newest.counters(panel.name()).count(n));
                }
            }
        }

        private List<SocketViewModel> panels() {
            List<SocketViewModel> all = new ArrayList<>();
            all.add(vm.server());
            all.addAll(vm.clients());
            all.addAll(vm.workers());
            return all;
        }

        private SocketViewModel find(SocketName name) {
            return panels().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        }

        /** No socket open in the lab or in this process, and the window shows none. */
        void assertResetLeftNothing() {
            assertThat(lab.openChannels()).as("sockets open in the lab after Reset").isZero();
            assertThat(lab.snapshot().sockets()).as("sockets the lab shows after Reset").isEmpty();
            assertThat(openSockets()).as("socket descriptors after Reset").isEqualTo(socketsBefore);
            assertThat(vm.workers()).as("worker panels after Reset").isEmpty();
            assertThat(vm.clients()).as("client panels after Reset").hasSize(1);
            for (SocketViewModel panel : panels()) {
                for (Notification n : Notification.values()) {
                    assertThat(panel.countProperty(n).get()).as("%s %s after Reset", panel.name(), n).isZero();
                }
                for (Operation op : SocketViewModel.operationsOf(panel.name().kind())) {
                    assertThat(panel.statusProperty(op).get()).as("%s %s status after Reset", panel.name(), op)
                            .isEqualTo(StatusView.NONE);
                }
            }
            assertThat(vm.connectionsProperty().get()).as("connections after Reset").isZero();
        }

        @Override
        public void close() {
            vm.close();
            assertThat(lab.isRunning()).as("the selector thread after close").isFalse();
            assertThat(openSockets()).as("socket descriptors after close").isEqualTo(socketsBefore);
        }
    }

    /** Stands in for the FX thread: tasks wait until the test thread runs them. */
    private static final class UiQueue implements Executor {
        private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void drain() {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                task.run();
            }
        }
    }

    /** How many file descriptors of this process are sockets (Linux: links to {@code socket:[inode]}). */
    static long openSockets() {
        Path fdDirectory = Path.of("/proc/self/fd");
        Assume.that(Files.isDirectory(fdDirectory)); // not Linux: the descriptors cannot be counted, skipped
        try (Stream<Path> fds = Files.list(fdDirectory)) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException e) {
                    return false; // closed while listing
                }
            }).count();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc/self/fd", e);
        }
    }

}
