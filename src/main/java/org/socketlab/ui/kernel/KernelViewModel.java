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
    private Map<SocketName, Worded> worded = Map.of();

    /** A card's line as last worded, and what it was worded from. */
    private record Worded(KernelSocket socket, SocketState lab, KernelSource source, KernelLine line) {
    }

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
        Map<SocketName, Worded> next = new HashMap<>();
        for (SocketViewModel s : panels.get()) {
            KernelSocket k = byName.get(s.name());
            if (k == null) {
                s.showKernel(KernelLine.NONE);
            } else {
                Worded w = worded(k, now, s.phaseProperty().get());
                next.put(s.name(), w);
                s.showKernel(w.line());
            }
        }
        worded = next;
    }

    /**
     * A socket's line, worded again only when the socket, the lab's state of it or the system changed: a class
     * of hundreds changes a few lines per view. A listener's line also names its accept queue, so it is always
     * worded afresh.
     */
    private Worded worded(KernelSocket k, KernelView now, SocketState lab) {
        Worded before = worded.get(k.name());
        if (before != null && !k.isListener() && before.socket().equals(k) && before.lab() == lab
                && before.source() == now.source()) {
            return before;
        }
        return new Worded(k, lab, now.source(), lines.of(k, now, lab));
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
