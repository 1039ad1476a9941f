package org.socketlab.engine;

/** One item of a step script: a step to run on the lab, or a pause. */
public sealed interface ScriptStep {
    /** The item as the player prints it, e.g. {@code client1.connect} or {@code wait=200}. */
    String text();

    record Action(Step step) implements ScriptStep {
        @Override
        public String text() {
            return step.text();
        }
    }

    /** Waits until a socket's counter reaches a count: for scripts whose peer is another program. */
    record Await(SocketName socket, Notification notification, int count) implements ScriptStep {
        @Override
        public String text() {
            return "await=" + socket + "." + notification.word() + "=" + count;
        }
    }

    record Wait(long millis) implements ScriptStep {
        @Override
        public String text() {
            return "wait=" + millis;
        }
    }
}
