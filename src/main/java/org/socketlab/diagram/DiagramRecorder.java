package org.socketlab.diagram;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.socketlab.engine.LabListener;
import org.socketlab.engine.LabReset;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.LabUpdate;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.StepResult;
import org.socketlab.kernel.KernelView;

/**
 * Records the session as a {@link SequenceDiagram}, fed by the lab's updates (on the selector thread) and
 * the kernel's views (on the sampler's thread, or the player's). Thread-safe; each feed only adds a few
 * items and signals the listeners, so the selector thread is never held up; {@link #diagram()} copies the
 * picture when a reader wants it (the window once per pulse). A Reset starts a new diagram.
 * The rules for the wire are in {@link LabRules} and {@link KernelRules}.
 */
public final class DiagramRecorder implements LabListener, Consumer<KernelView> {
    private final Timeline timeline = new Timeline();
    private final KernelRules kernel;
    private final LabRules lab;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private LabSnapshot latest = LabSnapshot.EMPTY;
    private boolean inferred;
    /** The lab's version at the last Reset: a kernel view read against an older snapshot shows the lab before it. */
    private long resetAt;

    public DiagramRecorder(DiagramTexts texts) {
        kernel = new KernelRules(timeline, texts);
        lab = new LabRules(timeline, texts, kernel);
    }

    public DiagramRecorder() {
        this(DiagramTexts.standard());
    }

    /** Called after every change, on the thread that fed it: must return at once (e.g. schedule a redraw). */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void onUpdate(LabUpdate update) {
        long was;
        synchronized (this) {
            was = timeline.revision();
            LabSnapshot before = latest;
            if (update.after().version() > latest.version()) {
                latest = update.after();
            }
            if (update instanceof StepResult r) {
                lab.step(r, before);
            } else if (update instanceof NotificationEvent e) {
                lab.notification(e, before);
            } else if (update instanceof LabReset) {
                resetAt = update.after().version();
                timeline.clear();
                kernel.reset();
                lab.reset();
                inferred = false;
            }
        }
        signal(was);
    }

    /** A kernel view sampled after some update. */
    @Override
    public void accept(KernelView view) {
        long was;
        synchronized (this) {
            was = timeline.revision();
            if (view.labVersion() < resetAt) {
                return; // sampled before the Reset, delivered after it: nothing of that lab enters the new diagram
            }
            inferred |= view.inferred();
            kernel.apply(view, latest);
        }
        signal(was);
    }

    /** Tells the listeners when the diagram changed: a kernel view that adds nothing (4 Hz in TIME_WAIT) wakes nobody. */
    private void signal(long was) {
        if (changes() != was) {
            listeners.forEach(Runnable::run);
        }
    }

    /** The diagram as recorded so far. */
    public synchronized SequenceDiagram diagram() {
        return timeline.diagram(inferred);
    }

    /** Grows with every change of the diagram: a reader can skip a redraw when it has not moved. */
    public synchronized long changes() {
        return timeline.revision();
    }
}
