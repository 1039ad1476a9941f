package org.socketlab.ui.log;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.socketlab.engine.LabReset;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.Notification;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.Step;
import org.socketlab.engine.StepResult;
import org.socketlab.engine.Wsa;

/** Engine updates made up for tests that need an exact order, each numbered by the snapshot version it carries. */
final class LogUpdates {
    private LogUpdates() {
    }

    static LabSnapshot numbered(long seq) {
        return new LabSnapshot(seq, Map.of());
    }

    static StepResult step(long seq, String socket, Operation op) {
        return new StepResult(new Step(SocketName.parse(socket).orElseThrow(), op), Outcome.OK, List.of(), "",
                Wsa.NONE, List.of(), 0, new byte[0], false, 0, Instant.now(), "socketlab-selector", numbered(seq));
    }

    static NotificationEvent event(long seq, String socket, Notification n) {
        return new NotificationEvent(SocketName.parse(socket).orElseThrow(), n, Wsa.NONE, Instant.now(),
                "socketlab-selector", numbered(seq));
    }

    static LabReset reset(long seq) {
        return new LabReset(Instant.now(), "socketlab-selector", numbered(seq));
    }
}
