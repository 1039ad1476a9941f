package org.socketlab.ui.model;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.socketlab.kernel.KernelView;

/**
 * The kernel's view of the lab in the window: each card's kernel line ({@link SocketViewModel#kernelProperty()})
 * and the whole view for the panes that draw it. Views are sampled off the selector thread
 * ({@link org.socketlab.kernel.KernelSampler}) and handed over on the UI thread.
 */
public final class KernelViewModel {
    private final Supplier<List<SocketViewModel>> panels;
    private final KernelLines lines;
    private final ReadOnlyObjectWrapper<KernelView> view = new ReadOnlyObjectWrapper<>(KernelView.EMPTY);

    KernelViewModel(Supplier<List<SocketViewModel>> panels, ResourceBundle text) {
        this.panels = panels;
        this.lines = new KernelLines(text);
    }

    /** Shows a newly sampled view. */
    public void apply(KernelView now) {
        view.set(now);
        for (SocketViewModel s : panels.get()) {
            s.showKernel(now.socket(s.name()).map(k -> lines.of(k, now)).orElse(KernelLine.NONE));
        }
    }

    /** The latest view ({@link KernelView#EMPTY} before the first sample). */
    public ReadOnlyObjectProperty<KernelView> viewProperty() {
        return view.getReadOnlyProperty();
    }
}
