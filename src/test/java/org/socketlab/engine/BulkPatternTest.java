package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A bulk Send writes a readable repeating pattern, so partial reads can be seen in the text view; the rest
 * of a short write, sent by the next plain Send, goes on in the pattern exactly where the write stopped.
 */
class BulkPatternTest {
    private static final byte[] PATTERN =
            "SocketLab bulk data 0123456789 abcdefghijklmnopqrstuvwxyz\n".getBytes(StandardCharsets.US_ASCII);

    private static byte[] pattern(long from, int length) {
        byte[] expected = new byte[length];
        for (int i = 0; i < length; i++) {
            expected[i] = PATTERN[(int) ((from + i) % PATTERN.length)];
        }
        return expected;
    }

    @Test
    void theRestOfAShortBulkWriteGoesOnInThePatternWhereItStopped() {
        LabSettings settings = new LabSettings("127.0.0.1", 0, LabSettings.DEFAULT_BACKLOG, 1024 * 1024);
        try (LabFixture f = new LabFixture(settings)) {
            f.clicks("1", "2", "3", "4", "5");
            StepResult first = f.step("worker1.send#8388608");
            assertThat(first.data()).isEqualTo(pattern(0, StepResult.SHOWN_BYTES));
            long written = first.bytes();
            assertThat(first.unsent()).as("a short write").isPositive();

            // The client reads what was written, so the next Send has room.
            long received = 0;
            for (int i = 0; i < 10_000 && received < written; i++) {
                StepResult r = f.step("client1.receive");
                received += r.outcome() == Outcome.OK ? r.bytes() : 0;
                if (r.outcome() == Outcome.WOULD_BLOCK) {
                    f.settle();
                }
            }
            assertThat(received).isEqualTo(written);

            StepResult rest = f.step("worker1.send");
            assertThat(rest.outcome()).as(rest.message()).isEqualTo(Outcome.OK);
            assertThat(rest.data()).isEqualTo(pattern(written, StepResult.SHOWN_BYTES));
        }
    }
}
