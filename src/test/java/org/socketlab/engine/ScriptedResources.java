package org.socketlab.engine;

import java.io.IOException;
import java.nio.channels.Selector;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the OS under a {@link SelectorLoop}: each openSelector() gives the next scripted answer (a
 * selector, or an IOException thrown), the last one again once the script is done; the loop's thread is
 * kept, and started only when the test says so if {@code deferStart}.
 */
final class ScriptedResources implements LabResources {
    private final List<Object> answers;
    private final boolean deferStart;
    private final AtomicInteger opened = new AtomicInteger();
    private volatile Thread thread;

    private ScriptedResources(boolean deferStart, Object... answers) {
        this.answers = List.of(answers);
        this.deferStart = deferStart;
    }

    static ScriptedResources opening(Object... answers) {
        return new ScriptedResources(false, answers);
    }

    static ScriptedResources startingLater(Object... answers) {
        return new ScriptedResources(true, answers);
    }

    @Override
    public Selector openSelector() throws IOException {
        Object answer = answers.get(Math.min(opened.getAndIncrement(), answers.size() - 1));
        if (answer instanceof IOException e) {
            throw e;
        }
        return (Selector) answer;
    }

    @Override
    public void startThread(Thread t) {
        thread = t;
        if (!deferStart) {
            t.start();
        }
    }

    Thread thread() {
        return thread;
    }
}
