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

    record Wait(long millis) implements ScriptStep {
        @Override
        public String text() {
            return "wait=" + millis;
        }
    }
}
