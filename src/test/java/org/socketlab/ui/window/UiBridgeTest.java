package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.LabReset;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.LabUpdate;

/**
 * How the bridge cuts a burst into hand-overs to the UI thread, on a clock of its own: applying an update
 * takes 1 ms of that clock, a hand-over may take 10 ms.
 */
class UiBridgeTest {
    private static final long MILLI = 1_000_000;
    private final QueueExecutor uiThread = new QueueExecutor();
    private final List<List<LabUpdate>> applied = new ArrayList<>();
    private long now;

    private UiBridge bridge(long sliceNanos) {
        return new UiBridge(uiThread, batch -> {
            applied.add(List.copyOf(batch));
            now += batch.size() * MILLI;
        }, sliceNanos, () -> now);
    }

    private static List<LabUpdate> burst(int size) {
        return IntStream.range(0, size)
                .<LabUpdate>mapToObj(i -> new LabReset(Instant.ofEpochSecond(i), "selector", LabSnapshot.EMPTY))
                .toList();
    }

    @Test
    void aBurstIsAppliedInHandOversThatEachTakeWhatFitsTheSlice() {
        UiBridge bridge = bridge(10 * MILLI);
        List<LabUpdate> burst = burst(500);
        burst.forEach(bridge::onUpdate);
        assertThat(uiThread.handedOver()).as("while the UI thread is busy, a burst waits as one task").isEqualTo(1);
        assertThat(bridge.idle()).isFalse();

        uiThread.drain();

        assertThat(applied.stream().flatMap(List::stream).toList()).as("every update once, in order")
                .containsExactlyElementsOf(burst);
        assertThat(uiThread.handedOver()).as("each part a task of its own, so a pulse can draw between them")
                .isEqualTo(applied.size());
        // the first takes a few; each later one what its predecessor's cost says fits, at most twice as many
        assertThat(applied.get(0)).hasSize(UiBridge.FIRST_CHUNK);
        assertThat(applied.subList(1, applied.size() - 1)).allSatisfy(part -> assertThat(part).hasSize(10));
        assertThat(applied.get(applied.size() - 1)).hasSize((burst.size() - UiBridge.FIRST_CHUNK) % 10);
        assertThat(bridge.idle()).isTrue();
    }

    @Test
    void aHandOverTakesAtMostTwiceAsManyAsTheOneBeforeAndABurstStartsSmall() {
        UiBridge bridge = new UiBridge(uiThread, applied::add, 10 * MILLI, () -> now); // updates that cost nothing
        burst(500).forEach(bridge::onUpdate);
        uiThread.drain();
        assertThat(applied).extracting(List::size).startsWith(8, 16, 32, 64, 128, 252);

        applied.clear();
        burst(100).forEach(bridge::onUpdate);
        uiThread.drain();
        assertThat(applied).extracting(List::size).as("after a quiet spell").startsWith(8, 16, 32, 44);
    }

    @Test
    void withoutASliceAllThatWaitsIsOneHandOver() {
        UiBridge bridge = bridge(Long.MAX_VALUE);
        List<LabUpdate> burst = burst(500);
        burst.forEach(bridge::onUpdate);
        uiThread.drain();
        assertThat(applied).containsExactly(burst);
    }
}
