package org.socketlab.ui.kernel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketState;
import org.socketlab.kernel.KernelSocket;
import org.socketlab.kernel.KernelSource;
import org.socketlab.kernel.KernelView;
import org.socketlab.ui.cards.SocketViewModel;

/**
 * The kernel's view of the lab in the window: each card's kernel line ({@link SocketViewModel#kernelProperty()})
 * and the whole view for the panes that draw it. Views are sampled off the selector thread
 * ({@link org.socketlab.kernel.KernelSampler}) and handed over on the UI thread.
 */
public final class KernelViewModel {
    private final Supplier<List<SocketViewModel>> panels;
    private final KernelLines lines;
    private final ReadOnlyObjectWrapper<KernelView> view = new ReadOnlyObjectWrapper<>(KernelView.EMPTY);
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ResourceBundle text;

    public KernelViewModel(Supplier<List<SocketViewModel>> panels, ResourceBundle text) {
        this.panels = panels;
        this.lines = new KernelLines(text);
        this.text = text;
    }

    /** Shows a newly sampled view. */
    public void apply(KernelView now) {
        view.set(now);
        source.set(text.getString(sourceKey(now)));
        // each panel finds its line by name: a class has hundreds of panels and sockets
        Map<SocketName, KernelSocket> byName = new HashMap<>();
        now.sockets().forEach(k -> byName.putIfAbsent(k.name(), k));
        for (SocketViewModel s : panels.get()) {
            KernelSocket k = byName.get(s.name());
            SocketState lab = s.phaseProperty().get();
            if (k == null) {
                s.showKernel(KernelLine.NONE);
            } else if (k.isListener()) { // its line also names its accept queue: worded with each view
                s.showKernel(lines.of(k, now, lab));
            } else {
                s.showKernel(LineSource.of(k, lab, now.source()), () -> lines.of(k, now, lab));
            }
        }
    }

    /**
     * What a connection's line is worded from: the line changes only when one of these does. A class of hundreds
     * changes a few lines per view, and a card or row words its line only when it is read (one on screen).
     */
    private record LineSource(KernelSocket socket, SocketState lab, KernelSource source) {
        /** The socket with its timer as the line shows it: whole seconds left, and only after close. */
        static LineSource of(KernelSocket k, SocketState lab, KernelSource source) {
            long shown = !k.afterClose() || k.timerMillis() < 0 ? -1 : (k.timerMillis() + 999) / 1000 * 1000;
            return new LineSource(k.withTimerMillis(shown), lab, source);
        }
    }

    /** The key of the words saying where a view was read and what that system does not show. */
    static String sourceKey(KernelView view) {
        return switch (view.source()) {
            case PROC_NET_TCP -> "kernel.source.proc";
            case INFERRED -> "kernel.source.inferred";
            default -> "kernel.source." + KernelLines.word(view.source());
        };
    }

    /**
     * Every connection the kernel holds for the lab, as rows of the Kernel tab, from the latest view: put into
     * words when asked (the tab asks while it shows, each time {@link #viewProperty()} changes).
     */
    public List<KernelRow> rows() {
        return lines.rows(view.get());
    }

    /** Where the rows come from: the kernel's table, or inferred from the lab's events. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The latest view ({@link KernelView#EMPTY} before the first sample). */
    public ReadOnlyObjectProperty<KernelView> viewProperty() {
        return view.getReadOnlyProperty();
    }
}
