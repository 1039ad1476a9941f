package org.socketlab.ui.log;

import java.util.List;

/** Where an entry goes in a list kept in the engine's sequence order. */
final class SeqOrder {
    private SeqOrder() {
    }

    /**
     * The index at which an entry numbered {@code seq} keeps the list in order: after every entry with a
     * smaller or equal number. The usual case, a number newer than the last, costs one comparison.
     */
    static int insertionPoint(List<LogEntry> sorted, long seq) {
        int high = sorted.size();
        if (high == 0 || sorted.get(high - 1).seq() <= seq) {
            return high;
        }
        int low = 0;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).seq() <= seq) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The index of the entry numbered exactly {@code seq}, or -1. */
    static int indexOf(List<LogEntry> sorted, long seq) {
        int at = insertionPoint(sorted, seq) - 1;
        return at >= 0 && sorted.get(at).seq() == seq ? at : -1;
    }
}
