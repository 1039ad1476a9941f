package org.socketlab.ui.cards;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.socketlab.engine.Operation;

/**
 * One socket's answers: the status beside each of its buttons, and its header (the latest answer on the
 * socket, whichever button). When the socket changes state, every answer given before the change becomes
 * stale, except the answer of the step that caused it, which stays fresh until the next change.
 */
final class StatusBook {
    private final Map<Operation, ReadOnlyObjectWrapper<StatusView>> byOperation = new EnumMap<>(Operation.class);
    private final ReadOnlyObjectWrapper<StatusView> header = new ReadOnlyObjectWrapper<>(StatusView.NONE);
    /** The answers as they stand, shown or still held: the properties above show them once released. */
    private final Map<Operation, Answer> current = new EnumMap<>(Operation.class);
    private Answer currentHeader = Answer.NONE;
    private boolean held;

    StatusBook(Collection<Operation> operations) {
        for (Operation op : operations) {
            byOperation.put(op, new ReadOnlyObjectWrapper<>(StatusView.NONE));
            current.put(op, Answer.NONE);
        }
    }

    /** The answer to a step on this socket: beside its button, and in the header. */
    void record(Operation op, Answer status) {
        current.computeIfPresent(op, (o, was) -> status);
        currentHeader = status;
        publishUnlessHeld();
    }

    /**
     * The socket changed state (was created, moved on, or is gone).
     *
     * @param cause the click number of the step that caused the change (the latest step the window applied);
     *              the answer with that number stays fresh, every other one becomes stale
     */
    void socketChanged(long cause) {
        current.replaceAll((op, status) -> staleUnless(status, cause));
        currentHeader = staleUnless(currentHeader, cause);
        publishUnlessHeld();
    }

    private static Answer staleUnless(Answer status, long cause) {
        return status.outcome() == null || status.number() == cause ? status : status.withStale();
    }

    /** No answers at all (after a Reset). */
    void clear() {
        current.replaceAll((op, status) -> Answer.NONE);
        currentHeader = Answer.NONE;
        publishUnlessHeld();
    }

    /**
     * Until {@link #release()}, answers are kept but not shown: a batch shows only its last answer per button,
     * and puts only that one into words.
     */
    void hold() {
        held = true;
    }

    void release() {
        held = false;
        publish();
    }

    private void publishUnlessHeld() {
        if (!held) {
            publish();
        }
    }

    private void publish() {
        current.forEach((op, status) -> byOperation.get(op).set(status.view()));
        header.set(currentHeader.view());
    }

    /** The status beside the button, or null when this socket has no such operation. */
    ReadOnlyObjectProperty<StatusView> of(Operation op) {
        ReadOnlyObjectWrapper<StatusView> field = byOperation.get(op);
        return field == null ? null : field.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<StatusView> header() {
        return header.getReadOnlyProperty();
    }
}
