package org.socketlab.diagram;

import java.util.List;

/**
 * The session as a sequence diagram: the lifelines in the order they appeared and every item in time
 * order. Immutable; {@link DiagramRecorder} makes one.
 *
 * @param inferred true when some of the wire was drawn from the lab's events (no kernel table here)
 */
public record SequenceDiagram(List<Lifeline> lifelines, List<DiagramItem> items, boolean inferred) {
    public static final SequenceDiagram EMPTY = new SequenceDiagram(List.of(), List.of(), false);

    public SequenceDiagram {
        lifelines = List.copyOf(lifelines);
        items = List.copyOf(items);
    }

    /** The items of one kind, in order: {@code of(DiagramItem.Wire.class)}. */
    public <T extends DiagramItem> List<T> of(Class<T> kind) {
        return items.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The lifelines' ids, in order. */
    public List<String> lifelineIds() {
        return lifelines.stream().map(Lifeline::id).toList();
    }

    /** Where a lifeline stands, from 0 at the left; -1 if there is none of that id. */
    public int column(String id) {
        for (int i = 0; i < lifelines.size(); i++) {
            if (lifelines.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
