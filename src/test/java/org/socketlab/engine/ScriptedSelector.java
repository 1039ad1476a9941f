package org.socketlab.engine;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.spi.SelectorProvider;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A selector whose answers a test writes: select() may fail every time (a broken selector), selectNow() gives
 * the scripted counts or exceptions in turn (0 when the script is done), close() may fail. It blocks and
 * wakes like a real one (it holds one), so a loop on it idles until woken.
 */
final class ScriptedSelector extends Selector {
    private final Selector real;
    private final boolean selectFails;
    private final Queue<Object> nowAnswers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger selectNows = new AtomicInteger();
    private volatile IOException closeFailure;

    private ScriptedSelector(boolean selectFails) throws IOException {
        this.real = Selector.open();
        this.selectFails = selectFails;
    }

    /** select() answers at once with an IOException, every time. */
    static ScriptedSelector broken() throws IOException {
        return new ScriptedSelector(true);
    }

    static ScriptedSelector working() throws IOException {
        return new ScriptedSelector(false);
    }

    /** selectNow() answers these in turn: an Integer is a ready count, an IOException is thrown. */
    ScriptedSelector answeringNow(Object... answers) {
        nowAnswers.addAll(List.of(answers));
        return this;
    }

    /** close() closes, then throws this. */
    ScriptedSelector failingClose(IOException e) {
        closeFailure = e;
        return this;
    }

    int selectNowCalls() {
        return selectNows.get();
    }

    @Override
    public boolean isOpen() {
        return real.isOpen();
    }

    @Override
    public SelectorProvider provider() {
        return real.provider();
    }

    @Override
    public Set<SelectionKey> keys() {
        return real.keys();
    }

    @Override
    public Set<SelectionKey> selectedKeys() {
        return real.selectedKeys();
    }

    @Override
    public int selectNow() throws IOException {
        selectNows.incrementAndGet();
        Object answer = nowAnswers.poll();
        if (answer instanceof IOException e) {
            throw e;
        }
        return answer == null ? 0 : (Integer) answer;
    }

    @Override
    public int select(long timeout) throws IOException {
        if (selectFails) {
            throw new IOException("select failed (scripted)");
        }
        return real.select(timeout);
    }

    @Override
    public int select() throws IOException {
        return select(0);
    }

    @Override
    public Selector wakeup() {
        real.wakeup();
        return this;
    }

    @Override
    public void close() throws IOException {
        real.close();
        if (closeFailure != null) {
            throw closeFailure;
        }
    }
}
