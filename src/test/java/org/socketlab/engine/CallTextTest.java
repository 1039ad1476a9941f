package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a step's calls read in the log and the status line, and what a result keeps of the bytes it moved. */
class CallTextTest {
    private static final Call READ = Call.returned("read", "buffer of 1024 bytes", "24");
    private static final Call CANCEL = Call.returned("key.cancel", "", "");
    private static final Call CONNECT = Call.threw("connect", "127.0.0.1:1", "ConnectException: Connection refused");

    @Test
    void aCallThatReturnedAValueSaysIt() {
        assertCall(READ, false, false, "read(buffer of 1024 bytes) returned 24", "read(buffer of 1024 bytes) → 24");
    }

    @Test
    void aVoidCallJustReturned() {
        assertCall(CANCEL, false, true, "key.cancel() returned", "key.cancel()");
    }

    @Test
    void aCallThatThrewSaysWhatAndIsNotVoid() {
        String said = "connect(127.0.0.1:1) threw ConnectException: Connection refused";
        assertCall(CONNECT, true, false, said, said);
    }

    private static void assertCall(Call call, boolean failed, boolean isVoid, String text, String shortText) {
        assertThat(call.failed()).as("failed").isEqualTo(failed);
        assertThat(call.isVoid()).as("void").isEqualTo(isVoid);
        assertThat(call.text()).isEqualTo(text);
        assertThat(call.shortText()).isEqualTo(shortText);
    }

    @Test
    void aResultListsItsCallsInOrderOrSaysNoneWasMade() {
        StepResult two = result(List.of(READ, CANCEL), new byte[0]);
        assertThat(two.noCallMade()).isFalse();
        assertThat(two.java()).isEqualTo("read(buffer of 1024 bytes) returned 24; key.cancel() returned");
        StepResult none = result(List.of(), new byte[0]);
        assertThat(none.noCallMade()).isTrue();
        assertThat(none.java()).isEqualTo("(no call made)");
    }

    @Test
    void aResultsBytesCannotBeChangedFromOutside() {
        byte[] given = {1, 2, 3};
        StepResult r = result(List.of(READ), given);
        given[0] = 9;
        byte[] read = r.data();
        read[1] = 9;
        assertThat(r.data()).containsExactly(1, 2, 3);
    }

    @Test
    void aResultKeepsTheFirstBytesMovedFromTheBuffersPositionAndAtMostTheShownCount() {
        ByteBuffer buffer = ByteBuffer.wrap("xxhello".getBytes(StandardCharsets.US_ASCII));
        buffer.position(2);
        assertThat(StepResult.shown(buffer, 5)).containsExactly("hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(buffer.position()).as("the buffer itself is not moved").isEqualTo(2);
        ByteBuffer big = ByteBuffer.allocate(StepResult.SHOWN_BYTES + 10);
        assertThat(StepResult.shown(big, StepResult.SHOWN_BYTES + 10)).hasSize(StepResult.SHOWN_BYTES);
    }

    private static StepResult result(List<Call> calls, byte[] data) {
        return new StepResult(new Step(SocketName.client(1), Operation.RECEIVE), Outcome.OK, calls, "", Wsa.NONE,
                List.of(), data.length, data, false, 0, Instant.EPOCH, "t", LabSnapshot.EMPTY);
    }
}
