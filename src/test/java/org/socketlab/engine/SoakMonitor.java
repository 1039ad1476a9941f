package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every update as the lab publishes it (on the selector thread), keeping only the latest
 * counters per socket, so it can watch a run of any length without holding its history:
 * <ul>
 *   <li>snapshots are published in order (a selector report repeats the latest one);</li>
 *   <li>within one socket's life (Initialize and Reset start a new one) a counter changes only with a
 *       notification for that socket and that counter, by exactly one: so counters never go backwards
 *       and no change goes unannounced;</li>
 *   <li>OnConnect and OnClose come at most once in a socket's life, OnOutOfBandData never.</li>
 * </ul>
 * A listener must not block the selector thread, so problems are noted here and asserted by the test.
 */
final class SoakMonitor implements LabListener {
    private static final int KEPT_PROBLEMS = 20;

    private final Map<SocketName, Counters> seen = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private long version;
    private long updates;
    private long problemCount;

    @Override
    public synchronized void onUpdate(LabUpdate u) {
        updates++;
        if (u instanceof LabReset) {
            seen.clear();
        } else if (u instanceof StepResult r && r.step().operation() == Operation.INIT && r.outcome() == Outcome.OK) {
            seen.remove(r.step().socket()); // a new socket: its counters start from 0
        }
        LabSnapshot s = u.after();
        boolean inOrder = u instanceof SelectorReport ? s.version() >= version : s.version() > version;
        if (!inOrder) {
            problem("snapshot %d published after %d by %s", s.version(), version, describe(u));
        }
        version = Math.max(version, s.version());
        for (Map.Entry<SocketName, SocketView> e : s.sockets().entrySet()) {
            SocketName name = e.getKey();
            Counters now = e.getValue().counters();
            Counters before = seen.getOrDefault(name, Counters.ZERO);
            for (Notification n : Notification.values()) {
                int expected = before.count(n);
                if (u instanceof NotificationEvent ev && ev.socket().equals(name) && ev.notification() == n) {
                    expected++;
                }
                if (now.count(n) != expected) {
                    problem("%s %s went from %d to %d with %s", name, n.mfcName(), before.count(n), now.count(n),
                            describe(u));
                }
            }
            if (now.connect() > 1 || now.close() > 1 || now.oob() > 0) {
                problem("%s counted OnConnect %d, OnClose %d, OnOutOfBandData %d in one life", name,
                        now.connect(), now.close(), now.oob());
            }
            seen.put(name, now);
        }
        if (u instanceof NotificationEvent ev && !s.sockets().containsKey(ev.socket())) {
            problem("%s for %s, which the snapshot does not have", describe(u), ev.socket());
        }
    }

    private static String describe(LabUpdate u) {
        if (u instanceof StepResult r) {
            return "step " + r.step().text();
        }
        if (u instanceof NotificationEvent e) {
            return e.notification().mfcName() + " on " + e.socket();
        }
        return u.getClass().getSimpleName();
    }

    private void problem(String format, Object... args) {
        problemCount++;
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(String.format(format, args));
        }
    }

    synchronized long updates() {
        return updates;
    }

    /** Fails with the first problems seen, if any. */
    synchronized void assertClean() {
        assertThat(problems).as("%d problems in %d updates", problemCount, updates).isEmpty();
    }
}
