package org.socketlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/** What each system's table can show: queue bytes, the accept queue's connections, after-close rows, timers. */
class KernelSourceTest {
    @Test
    void eachSourceSaysWhatItsTableShows() {
        assertThat(KernelSource.values())
                .extracting(KernelSource::showsQueueBytes, KernelSource::listsAcceptQueue,
                        KernelSource::showsAfterClose, KernelSource::showsTimers)
                .containsExactly(
                        tuple(true, true, true, true),       // PROC_NET_TCP
                        tuple(false, true, true, false),     // TCP_TABLE
                        tuple(true, false, false, false),    // PROC_PIDFDINFO
                        tuple(false, false, false, false));  // INFERRED
    }
}
