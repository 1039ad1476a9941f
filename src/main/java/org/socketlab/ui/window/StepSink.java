package org.socketlab.ui.window;

import org.socketlab.engine.Step;

/** Where view models send the steps a click asks for (the lab, in the app). */
@FunctionalInterface
public interface StepSink {
    void submit(Step step);
}
