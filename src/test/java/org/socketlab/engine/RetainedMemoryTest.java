package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.junit.jupiter.api.Test;

/**
 * What a lab keeps of a connection once it is closed: its name, state, addresses and counters, never
 * its buffers. Measured as heap growth after garbage collection over many closed connections; the bound
 * is generous (16 KiB per connection) yet far below what a kept 64 KiB buffer per socket would cost.
 */
class RetainedMemoryTest {
    private static final int ROUNDS = 5;
    private static final int CLIENTS = 50;
    private static final long BOUND_PER_CONNECTION = 16 * 1024;

    @Test
    void closedConnectionsKeepOnlyTheirCounters() {
        // A bare lab: the test fixture keeps every update it hears, which would be measured too.
        try (Lab lab = Lab.start(new LabSettings("127.0.0.1", 0, LabSettings.DEFAULT_BACKLOG, 4096))) {
            steps(lab, "1", "2");
            round(lab, 0); // warm up: classes, JIT, buffers of the JDK
            long before = usedAfterGc();
            for (int r = 1; r <= ROUNDS; r++) {
                round(lab, r);
            }
            long perConnection = (usedAfterGc() - before) / ((long) ROUNDS * CLIENTS);
            System.out.printf("retained heap per closed connection: %d bytes%n", perConnection);
            assertThat(perConnection).as("bytes kept per closed connection").isLessThan(BOUND_PER_CONNECTION);
            assertThat(lab.openChannels()).as("only the listener is open").isEqualTo(1);
            SocketView lastWorker = lab.snapshot().socket(SocketName.worker(ROUNDS * CLIENTS)).orElseThrow(
                    () -> new AssertionError("the last closed worker is no longer in the snapshot"));
            assertThat(lastWorker.state()).isEqualTo(SocketState.CLOSED);
            assertThat(lastWorker.counters().send()).as("a closed worker's counters are kept").isEqualTo(1);
            assertThat(lab.snapshot().counters(SocketName.client(CLIENTS)).receive()).isEqualTo(1);
        }
    }

    /** CLIENTS clients connect, are accepted, exchange data, and both sides close. */
    private static void round(Lab lab, int r) {
        for (int i = 1; i <= CLIENTS; i++) {
            steps(lab, "client" + i + ".init", "client" + i + ".connect");
        }
        settle(lab);
        for (int i = 1; i <= CLIENTS; i++) {
            int worker = r * CLIENTS + i;
            steps(lab, "5", "worker" + worker + ".send=" + "x".repeat(2000));
        }
        settle(lab);
        for (int i = 1; i <= CLIENTS; i++) {
            int worker = r * CLIENTS + i;
            steps(lab, "client" + i + ".receive", "client" + i + ".close", "worker" + worker + ".close");
        }
        settle(lab);
    }

    private static void steps(Lab lab, String... texts) {
        for (String text : texts) {
            try {
                assertThat(lab.run(((ScriptStep.Action) StepLanguage.parse(text)).step()).outcome())
                        .as(text).isNotEqualTo(Outcome.ERROR);
            } catch (StepSyntaxException e) {
                throw new AssertionError(text, e);
            }
        }
    }

    private static void settle(Lab lab) {
        assertThat(lab.awaitQuiet(LabFixture.QUIET, LabFixture.BOUND)).isTrue();
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
