package org.socketlab.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepResult;
import org.socketlab.engine.Wsa;

/** A connection's row changes once per batch of its steps: the counts as they stand, the last Receive previewed. */
class ConnectionTrafficTest {
    private static StepResult receive(String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        return new StepResult(new Step(SocketName.worker(1), Operation.RECEIVE), Outcome.OK, List.of(), "",
                Wsa.NONE, List.of(), data.length, data, false, 0, Instant.now(), "socketlab-selector",
                new LabSnapshot(1, Map.of()));
    }

    @Test
    void aHeldBatchShowsItsTotalsAndItsLastChunkOnce() {
        ConnectionTraffic traffic = new ConnectionTraffic();
        List<Long> shownBytes = new ArrayList<>();
        List<String> shownData = new ArrayList<>();
        traffic.bytesInProperty().addListener((o, was, now) -> shownBytes.add(now.longValue()));
        traffic.lastDataProperty().addListener((o, was, now) -> shownData.add(now));
        traffic.hold();
        for (int n = 1; n <= 100; n++) {
            traffic.apply(receive("line " + n + "\n"));
        }
        assertThat(shownBytes).as("nothing shown while held").isEmpty();
        traffic.release();
        assertThat(shownBytes).containsExactly(9L * 7 + 90L * 8 + 9L);
        assertThat(shownData).containsExactly("line 100\\n");
        assertThat(traffic.receivesProperty().get()).isEqualTo(100);
        traffic.apply(receive("x"));
        assertThat(shownBytes).as("not held: each step at once").hasSize(2);
        assertThat(traffic.lastDataProperty().get()).isEqualTo("x");
    }
}
