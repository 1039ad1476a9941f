package org.socketlab.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorder's growing diagram: lifelines in order of appearance and items kept sorted by where they
 * belong in time (the lab's sequence number, then a slot within it), items of one place in the order they
 * came. Not thread-safe: {@link DiagramRecorder} guards it.
 */
final class Timeline {
    /** Slots within one sequence number: what the kernel did before a notification showed it, the update itself, what followed. */
    static final int BEFORE = 1;
    static final int SELF = 2;
    static final int AFTER = 3;
    private static final int SLOTS = 8;

    /** One placed item; the handle lets a rule correct its item later (a Close's FIN that was an RST). */
    static final class Entry {
        private final long key;
        private DiagramItem item;

        private Entry(long key, DiagramItem item) {
            this.key = key;
            this.item = item;
        }

        DiagramItem item() {
            return item;
        }
    }

    private final Map<String, Lifeline> lifelines = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private long revision;

    /** Adds the item at sequence number {@code seq}, slot {@code slot} (0..7), after items already there. */
    Entry add(long seq, int slot, DiagramItem item, Lifeline... on) {
        for (Lifeline l : on) {
            lifelines.putIfAbsent(l.id(), l);
        }
        long key = seq * SLOTS + Math.min(slot, SLOTS - 1);
        int lo = 0;
        int hi = entries.size();
        while (lo < hi) { // the first entry placed later than key
            int mid = (lo + hi) >>> 1;
            if (entries.get(mid).key <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Entry entry = new Entry(key, item);
        entries.add(lo, entry);
        revision++;
        return entry;
    }

    void replace(Entry entry, DiagramItem item) {
        entry.item = item;
        revision++;
    }

    /** Grows with every change. */
    long revision() {
        return revision;
    }

    boolean has(String lifeline) {
        return lifelines.containsKey(lifeline);
    }

    void clear() {
        lifelines.clear();
        entries.clear();
        revision++;
    }

    SequenceDiagram diagram(boolean inferred) {
        return new SequenceDiagram(new ArrayList<>(lifelines.values()),
                entries.stream().map(Entry::item).toList(), inferred);
    }
}
