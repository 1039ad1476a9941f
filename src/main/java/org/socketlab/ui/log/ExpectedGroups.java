package org.socketlab.ui.log;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.socketlab.engine.Operation;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.StepResult;

/**
 * Groups announced before their steps run (a broadcast's sends, Receive all's receives…): which step results belong to which group.
 * The lab runs steps in the order they were queued, so a group's sends are consecutive step results;
 * results of steps queued before the group pass by, and once a group has begun, any other step result ends
 * it (a send it waited for was never made).
 */
final class ExpectedGroups {
    /** One announced group: its label, the sockets whose step it still waits for, and its entry's number once begun. */
    static final class Group {
        private final String label;
        private final Operation operation;
        private final Set<SocketName> waiting;
        private long seq = -1;

        private Group(String label, Operation operation, List<SocketName> sockets) {
            this.label = label;
            this.operation = operation;
            this.waiting = new LinkedHashSet<>(sockets);
        }

        String label() {
            return label;
        }

        /** The number of the group's entry in the log, or -1 before its first step arrived. */
        long seq() {
            return seq;
        }

        void seq(long value) {
            seq = value;
        }

        boolean begun() {
            return seq >= 0;
        }

        private boolean takes(StepResult r) {
            return r.step().operation() == operation && waiting.contains(r.step().socket());
        }
    }

    private final Deque<Group> groups = new ArrayDeque<>();

    /** Announces a group: the next results of these sockets' {@code operation} belong to it. */
    void expect(String label, Operation operation, List<SocketName> sockets) {
        if (!sockets.isEmpty()) {
            groups.add(new Group(label, operation, sockets));
        }
    }

    /** The group this step result belongs to, if any; a group is forgotten once all its steps arrived. */
    Optional<Group> claim(StepResult r) {
        while (!groups.isEmpty()) {
            Group head = groups.peek();
            if (head.takes(r)) {
                head.waiting.remove(r.step().socket());
                if (head.waiting.isEmpty()) {
                    groups.poll();
                }
                return Optional.of(head);
            }
            if (!head.begun()) {
                return Optional.empty(); // a step queued before the group
            }
            groups.poll(); // another step between the group's sends: the rest never came
        }
        return Optional.empty();
    }

    /** Forgets every announced group: Reset starts the log's story afresh. */
    void clear() {
        groups.clear();
    }
}
