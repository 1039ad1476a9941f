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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketlab.engine.SocketName;
import org.socketlab.kernel.KernelSocket;
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
    private final ObservableList<KernelRow> rows = FXCollections.observableArrayList();
    private final ObservableList<KernelRow> rowsView = FXCollections.unmodifiableObservableList(rows);
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
        List<KernelRow> fresh = lines.rows(now);
        if (!fresh.equals(rows)) {
            rows.setAll(fresh);
        }
        source.set(text.getString(sourceKey(now)));
        // each panel finds its line by name: a class has hundreds of panels and sockets
        Map<SocketName, KernelSocket> byName = new HashMap<>();
        now.sockets().forEach(k -> byName.putIfAbsent(k.name(), k));
        for (SocketViewModel s : panels.get()) {
            KernelSocket k = byName.get(s.name());
            s.showKernel(k == null ? KernelLine.NONE : lines.of(k, now, s.phaseProperty().get()));
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

    /** Every connection the kernel holds for the lab, as rows of the Kernel tab. */
    public ObservableList<KernelRow> rows() {
        return rowsView;
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
