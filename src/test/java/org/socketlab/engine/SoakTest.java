package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A long run in ONE lab: random steps (a server, five clients, five workers; sends of text and of bulks up
 * to a few MiB; receive buffer 1, backlog 1, IPv6 and connect timeouts that expire mid-run among the
 * settings; now and then a burst of steps queued at once, a settings change or a selector report), with
 * a Reset every ~500 steps. Every step must be answered with exactly the calls the engine counted, no
 * counter may go backwards or change unannounced, and each Reset, and the end, must leave nothing behind:
 * no socket descriptor, no selector key, no socket state (the sockets the lab held must be collectable),
 * no extra thread, no heap growth beyond {@link #HEAP_GROWTH_BOUND}, and no heap kept per step beyond
 * {@link #RETAINED_BYTES_PER_STEP_BOUND} (a slow leak that a total bound would only see in a long run).
 *
 * <p>{@code mvn test -Dtest=SoakTest -Dsoak.steps=100000} runs a longer soak (surefire hands {@code -D}
 * properties of the command line to the test JVM); {@code -Dsoak.seed=N} picks another random sequence.
 */
class SoakTest {
    static final int STEPS = Integer.getInteger("soak.steps", 10_000);
    static final long SEED = Long.getLong("soak.seed", 20261124L);
    /** Reset about every this many steps (400 to 600). */
    static final int RESET_EVERY = 500;
    /**
     * What the heap may grow by, measured after full collections before the lab started (after a warm-up
     * run in a throwaway lab, so classes, resource bundles and caches are already loaded) and after its
     * final Reset. The lab's state after Reset is a few objects (selector, empty maps, one snapshot):
     * measured growth is 0.1 to 0.3 MiB for 10,000 steps. A leak of per-step state is far larger: a lab
     * that kept every step's result made the heap grow by 23 MiB over the same 10,000 steps, a listener
     * that kept every update by 24 MiB (about 2 KiB each: a snapshot of up to eleven sockets, and for Send
     * and Receive up to 4 KiB of data), so a leak of even a third of the results fails. A leak of whole
     * sockets is caught exactly by the weak references.
     */
    static final long HEAP_GROWTH_BOUND = 8L << 20;
    /**
     * What one lab may keep per step while it runs: the least-squares slope of the heap in use right after
     * the full collection at each Reset, over the Resets after the first two. A lab that keeps nothing
     * beyond its live sockets draws a flat line: with the lab's own-account call records not kept
     * (src/main patched for the measurement only), 0.3 bytes per step over 40,000 steps, each point within
     * 8 KiB of the line. As the code stands it keeps every call the selector thread makes on its own
     * account (FIONREAD checks, 1-byte reads, finishConnect, Reset's closes): 18 bytes per step.
     */
    static final double RETAINED_BYTES_PER_STEP_BOUND = 4.0;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final Duration QUIET = Duration.ofMillis(5);

    @Test
    void randomStepsInOneLabWithResetsLeaveNothingBehind() {
        long started = System.nanoTime();
        boolean ipv6 = Ipv6Loopback.works();
        // Warm-up in a throwaway lab: classes, caches and the JIT, so the heap comparison sees only what stays.
        WeakReference<Lab> warmLab = new Soak(new Random(SEED ^ 0x5eed), ipv6).run(Math.min(1000, STEPS));
        assertThat(SoakChecks.awaitCollected(List.of(warmLab), SoakChecks.BOUND))
                .as("a closed lab can be collected").isZero();

        Set<Thread> threadsBefore = Set.copyOf(Thread.getAllStackTraces().keySet());
        long heapBefore = SoakChecks.usedHeapAfterGc();
        Soak soak = new Soak(new Random(SEED), ipv6);
        soak.socketsBefore = OpenSockets.count();
        WeakReference<Lab> labRef = soak.runAndKeepOpen(STEPS);
        long heapAfterReset = SoakChecks.usedHeapAfterGc();
        soak.close();
        assertThat(SoakChecks.awaitCollected(List.of(labRef), SoakChecks.BOUND))
                .as("the soaked lab can be collected once closed").isZero();
        long heapAfterClose = SoakChecks.usedHeapAfterGc();
        List<String> newThreads = awaitNoNewThreads(threadsBefore);

        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.printf("SoakTest: %d steps (seed %d), %d resets, %d bursts, %d settings changes, %d selector"
                        + " reports, %d updates checked, %d weak references to sockets cleared; %d ms; used heap"
                        + " after GC: before %.1f MiB, after the last Reset %.1f MiB (%+.2f MiB), after close %.1f MiB%n",
                soak.steps, SEED, soak.resets, soak.bursts, soak.settingsChanges, soak.reports,
                soak.monitor.updates(), soak.collected, millis, mib(heapBefore), mib(heapAfterReset),
                mib(heapAfterReset - heapBefore), mib(heapAfterClose));
        System.out.println("SoakTest outcomes: " + soak.outcomes);
        List<long[]> settled = soak.heapAtReset.subList(Math.min(2, soak.heapAtReset.size()),
                soak.heapAtReset.size());
        double perStep = slope(settled);
        System.out.printf("SoakTest: heap kept per step, fitted over %d Resets: %.2f bytes (steps:bytes %s)%n",
                settled.size(), perStep, settled.stream().map(p -> p[0] + ":" + p[1])
                        .collect(Collectors.joining(" ")));
        assertThat(newThreads).as("threads the soak started that still run").isEmpty();
        assertThat(heapAfterReset - heapBefore).as("heap growth over %d steps (bytes)", soak.steps)
                .isLessThanOrEqualTo(HEAP_GROWTH_BOUND);
        assertThat(perStep).as("bytes the lab keeps per step, fitted over %d Resets", settled.size())
                .isLessThanOrEqualTo(RETAINED_BYTES_PER_STEP_BOUND);
    }

    /** Least-squares slope of {@code y} over {@code x} for points {@code [x, y]}; 0 with fewer than 5. */
    static double slope(List<long[]> points) {
        if (points.size() < 5) {
            return 0;
        }
        double n = points.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (long[] p : points) {
            sx += p[0];
            sy += p[1];
            sxx += (double) p[0] * p[0];
            sxy += (double) p[0] * p[1];
        }
        double d = n * sxx - sx * sx;
        return d == 0 ? 0 : (n * sxy - sx * sy) / d;
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** Threads started since {@code before} that are still alive, once they had time to end (bounded). */
    private static List<String> awaitNoNewThreads(Set<Thread> before) {
        long deadline = System.nanoTime() + SoakChecks.BOUND.toNanos();
        List<Thread> added;
        do {
            added = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.isAlive() && !before.contains(t)).toList();
            if (added.isEmpty()) {
                return List.of();
            }
            for (Thread t : added) {
                try {
                    t.join(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } while (System.nanoTime() < deadline);
        return added.stream().map(Thread::getName).collect(Collectors.toList());
    }

    /** One lab driven by one random sequence, with the checks after every step and every Reset. */
    private static final class Soak {
        final Random random;
        final SoakSteps generator;
        final SoakMonitor monitor = new SoakMonitor();
        final List<WeakReference<Object>> sockets = new ArrayList<>();
        Lab lab;
        long socketsBefore;
        int buffer;
        int steps;
        int resets;
        int bursts;
        int settingsChanges;
        int reports;
        long collected;
        final Map<String, Integer> outcomes = new TreeMap<>();
        /** After each Reset: steps so far, heap in use right after a full collection. */
        final List<long[]> heapAtReset = new ArrayList<>();

        Soak(Random random, boolean ipv6) {
            this.random = random;
            this.generator = new SoakSteps(random, ipv6);
        }

        /** Runs {@code total} steps, resets, closes; returns a weak reference to the closed lab. */
        WeakReference<Lab> run(int total) {
            socketsBefore = OpenSockets.count();
            WeakReference<Lab> ref = runAndKeepOpen(total);
            close();
            return ref;
        }

        /** Runs {@code total} steps with a Reset about every {@value #RESET_EVERY}, and a last Reset. */
        WeakReference<Lab> runAndKeepOpen(int total) {
            LabSettings settings = generator.settings();
            buffer = settings.receiveBufferSize();
            lab = Lab.start(settings);
            lab.addListener(monitor);
            int nextReset = nextReset();
            int nextCapture = 0;
            setup();
            while (steps < total) {
                int roll = random.nextInt(1000);
                if (roll < 15) {
                    burst(2 + random.nextInt(6));
                } else if (roll < 22) {
                    buffer = generator.receiveBuffer();
                    lab.updateSettings(lab.settings().withReceiveBufferSize(buffer));
                    settingsChanges++;
                } else if (roll < 27) {
                    reports++;
                    await(lab.selectorReport());
                } else if (roll < 35) {
                    // lets time pass (connect timeouts expire) and every notification already caused arrive
                    assertThat(lab.awaitQuiet(QUIET, SoakChecks.BOUND)).as("the lab went quiet").isTrue();
                } else {
                    step(generator.next(lab.snapshot()));
                }
                if (steps >= nextCapture) {
                    sockets.addAll(SoakChecks.socketRefs(lab)); // also those a later Initialize replaces
                    nextCapture = steps + 25;
                }
                if (steps >= nextReset && steps < total) {
                    resetAndCheck();
                    LabSettings next = generator.settings();
                    buffer = next.receiveBufferSize();
                    lab.updateSettings(next);
                    nextReset = steps + nextReset();
                    setup();
                }
            }
            resetAndCheck();
            assertThat(lab.snapshot().sockets()).as("socket state kept after the last Reset").isEmpty();
            return new WeakReference<>(lab);
        }

        private int nextReset() {
            return RESET_EVERY - 100 + random.nextInt(201);
        }

        /** Most stretches start from the happy path, or part of it, so data flows between five pairs. */
        private void setup() {
            List<Step> path = SoakSteps.setup();
            int length = random.nextInt(4) == 0 ? random.nextInt(path.size()) : path.size();
            path.subList(0, length).forEach(this::step);
        }

        private void step(Step step) {
            long callsBefore = lab.callCounts()[0];
            StepResult r = lab.run(step);
            SoakChecks.assertAnswered(step, r, lab.callCounts()[0] - callsBefore, buffer);
            outcomes.merge(step.operation().word() + " " + r.outcome().word(), 1, Integer::sum);
            steps++;
        }

        /** Several steps queued at once, racing with the notifications they cause. */
        private void burst(int size) {
            bursts++;
            List<Step> queued = new ArrayList<>();
            List<CompletableFuture<StepResult>> answers = new ArrayList<>();
            long callsBefore = lab.callCounts()[0];
            for (int i = 0; i < size; i++) {
                Step step = generator.next(lab.snapshot());
                queued.add(step);
                answers.add(lab.submit(step));
            }
            long listed = 0;
            for (int i = 0; i < size; i++) {
                StepResult r = await(answers.get(i));
                SoakChecks.assertAnswered(queued.get(i), r, r.calls().size(), buffer);
                listed += r.calls().size();
            }
            assertThat(listed).as("calls listed by a burst of %d steps", size)
                    .isEqualTo(lab.callCounts()[0] - callsBefore);
            steps += size;
        }

        private void resetAndCheck() {
            sockets.addAll(SoakChecks.socketRefs(lab));
            assertThat(lab.awaitQuiet(QUIET, SoakChecks.BOUND)).as("the lab went quiet").isTrue();
            monitor.assertClean();
            SoakChecks.reset(lab);
            resets++;
            SoakChecks.assertResetLeftNothing(lab, socketsBefore);
            monitor.assertClean();
            assertThat(SoakChecks.awaitCollected(sockets, SoakChecks.BOUND))
                    .as("weak references to sockets still set after Reset, of %d taken", sockets.size()).isZero();
            collected += sockets.size();
            sockets.clear();
            // awaitCollected has just run a full collection: what is in use now is what the lab keeps
            heapAtReset.add(new long[] {steps, MEMORY.getHeapMemoryUsage().getUsed()});
        }

        void close() {
            lab.close();
            assertThat(OpenSockets.selectorThreads()).as("selector threads after close").isZero();
            assertThat(OpenSockets.count()).as("socket descriptors after close").isEqualTo(socketsBefore);
            assertThat(lab.unexpectedFailures()).as("failure: %s", lab.lastUnexpectedFailure()).isZero();
            lab = null;
        }

        private static <T> T await(CompletableFuture<T> answer) {
            try {
                return answer.get(SoakChecks.BOUND.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                throw new AssertionError("no answer within " + SoakChecks.BOUND, e);
            }
        }
    }
}
