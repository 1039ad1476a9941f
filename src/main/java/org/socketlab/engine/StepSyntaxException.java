package org.socketlab.engine;

/** A step that is not in the step language; the message says what is wrong with it. */
public final class StepSyntaxException extends Exception {
    private final String step;

    public StepSyntaxException(String step, String problem) {
        super(problem);
        this.step = step;
    }

    /** The step as written. */
    public String step() {
        return step;
    }
}
