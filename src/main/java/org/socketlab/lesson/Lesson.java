package org.socketlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.Notification;
import org.socketlab.engine.ScriptStep;
import org.socketlab.engine.SocketName;

/**
 * A lesson: a title, an introduction, the settings it runs with, steps in the player's step language
 * each with its narration, and the counters the lesson promises at its end.
 */
public record Lesson(String title, String intro, Setup setup, List<Item> steps, List<Promise> promises) {
    public Lesson {
        steps = List.copyOf(steps);
        promises = List.copyOf(promises);
    }

    /** One step of the lesson, the narration shown with it ("" when none), and its line in the file. */
    public record Item(ScriptStep step, String narration, int line) {
    }

    /** "At the end, {@code socket}'s {@code notification} counter is {@code count}." */
    public record Promise(SocketName socket, Notification notification, int count, int line) {
    }

    /**
     * The settings a lesson runs with ({@code set: buffer=4}, {@code set: backlog=1},
     * {@code set: reuseaddr=off}); a lesson that names none runs with the default receive buffer and with
     * Java's own SO_REUSEADDR, so what was left from free play cannot change them.
     *
     * @param reuseAddress false when the lesson turns the listener's SO_REUSEADDR off before Listen
     */
    public record Setup(OptionalInt buffer, OptionalInt backlog, boolean reuseAddress) {
        public static final Setup DEFAULT = new Setup(OptionalInt.empty(), OptionalInt.empty(), true);

        /** The receive buffer the lesson runs with: its own, or the default one if it names none. */
        public int receiveBuffer() {
            return buffer.orElse(LabSettings.DEFAULT_RECEIVE_BUFFER);
        }

        /** {@code base} with this lesson's receive buffer, SO_REUSEADDR and, if it names one, its backlog. */
        public LabSettings applyTo(LabSettings base) {
            LabSettings s = base.withReceiveBufferSize(receiveBuffer()).withReuseAddress(reuseAddress);
            return backlog.isPresent() ? s.withBacklog(backlog.getAsInt()) : s;
        }
    }

    /** The promises that do not hold in {@code lab}, e.g. {@code client1 OnReceive = 2 (1)}; empty when all hold. */
    public List<String> brokenPromises(LabSnapshot lab) {
        List<String> broken = new ArrayList<>();
        for (Promise p : promises) {
            int actual = lab.counters(p.socket()).count(p.notification());
            if (actual != p.count()) {
                broken.add(p.socket() + " " + p.notification().mfcName() + " = " + actual + " (" + p.count() + ")");
            }
        }
        return broken;
    }
}
