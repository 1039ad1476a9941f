package org.socketlab.ui.kernel;

import java.util.function.Supplier;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableObjectValue;

/**
 * A socket's kernel line, put into words when it is first read after it changed (by the card or the table's
 * row, if one shows it): a class has hundreds of sockets whose lines change together, and few on screen. A
 * line given with what it is worded from changes nothing while that stays equal, so a sample that changes
 * nothing here (4 a second while a connection moves) redraws nothing.
 */
public final class WordedKernelLine {
    private Object source = KernelLine.NONE;
    private Supplier<KernelLine> wording = () -> KernelLine.NONE;
    private final ObjectBinding<KernelLine> line = new ObjectBinding<>() {
        @Override
        protected KernelLine computeValue() {
            return wording.get();
        }
    };

    /** A line already in words (its own source). */
    public void show(KernelLine now) {
        show(now, () -> now);
    }

    /** @param from what the line is worded from; one equal to the last changes nothing */
    public void show(Object from, Supplier<KernelLine> words) {
        if (!from.equals(source)) {
            source = from;
            wording = words;
            line.invalidate();
        }
    }

    /** The line ({@link KernelLine#NONE} before any). */
    public ObservableObjectValue<KernelLine> line() {
        return line;
    }
}
