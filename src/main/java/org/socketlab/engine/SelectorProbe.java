package org.socketlab.engine;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows why the interest set must be managed: registers every open channel with a second selector,
 * interested in everything a naive loop would ask for, and measures what that selector reports.
 * Runs on the selector thread; leaves no registration behind.
 */
final class SelectorProbe {
    private Selector probe;

    SelectorReport report(Collection<Endpoint<?>> endpoints, LabSnapshot snapshot) {
        List<SelectorReport.Row> rows = new ArrayList<>();
        try {
            if (probe == null) {
                probe = Selector.open();
            }
            List<SelectionKey> keys = new ArrayList<>();
            for (Endpoint<?> e : endpoints) {
                SelectableChannel channel = e.channel();
                if (channel != null && channel.isOpen()) {
                    try {
                        keys.add(channel.register(probe, e.naiveInterestOps(), e));
                    } catch (ClosedChannelException ignored) {
                        // closed meanwhile: not shown
                    }
                }
            }
            probe.selectNow();
            long perSecond = 0;
            Map<SelectionKey, Integer> reports = new HashMap<>();
            if (!probe.selectedKeys().isEmpty()) {
                long start = System.nanoTime();
                for (int i = 0; i < SelectorReport.ROUNDS; i++) {
                    probe.selectedKeys().clear();
                    probe.selectNow();
                    probe.selectedKeys().forEach(key -> reports.merge(key, 1, Integer::sum));
                }
                perSecond = Math.round(SelectorReport.ROUNDS / ((System.nanoTime() - start) / 1e9));
            }
            for (SelectionKey key : keys) {
                Endpoint<?> e = (Endpoint<?>) key.attachment();
                int ready = key.isValid() && probe.selectedKeys().contains(key) ? key.readyOps() : 0;
                rows.add(new SelectorReport.Row(e.name(), Math.max(e.interestOps(), 0), key.interestOps(), ready,
                        reports.getOrDefault(key, 0), ready == 0 ? 0 : perSecond));
                key.cancel();
            }
            probe.selectedKeys().clear();
            probe.selectNow(); // deregisters the cancelled keys now, so closing a channel frees it at once
        } catch (IOException e) {
            // no probe this time; the report is simply empty
        }
        return new SelectorReport(rows, Instant.now(), snapshot);
    }

    void close() {
        if (probe != null) {
            try {
                probe.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }
}
