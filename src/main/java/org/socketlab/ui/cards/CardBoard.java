package org.socketlab.ui.cards;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Lays the socket cards out for the sockets there are, in columns of equal width that fill the board's
 * width. While each kind (server, workers, clients) fits in a column of its own, the board shows the three
 * columns side by side. When a column would have to scroll, the cards flow instead, in their order (server,
 * workers, clients: worker n and client n end up near each other), into as few columns as keep every card
 * within {@link #roomProperty() the room}; if even the most columns a card's least width allows do not, the
 * board crowds the cards one level at a time ({@link #crowdingProperty()}: first each card folds its details,
 * then its other secondary parts, then its type shrinks twice) and, at the last level, takes the arrangement that needs the least
 * height and scrolls what is left. A tile marked {@link #fill(Node) fill} (a
 * connections table) gets a column of its own, twice as wide, and the column's full height.
 *
 * <p>Each child names its kind with {@link #group(Node, String)}; the sizes in em follow {@link #emProperty()}.
 */
public final class CardBoard extends Pane {
    private static final String GROUP = "card-board-group";
    private static final String FILL = "card-board-fill";
    private static final String OPENED = "card-board-opened";
    /** Gap between cards and columns, and the board's padding, in em. */
    private static final double GAP_EM = 0.6;
    /** The least width a card gets before the board stops adding columns, in em. */
    private static final double MIN_COLUMN_EM = 15;

    private final DoubleProperty room = new SimpleDoubleProperty(Double.MAX_VALUE);
    private final DoubleProperty em = new SimpleDoubleProperty(14);
    /**
     * The most crowding: details folded (as on a laptop), then the other secondary parts (as on a projector),
     * then type 0.88 and 0.76 of the window's (socketlab.css).
     */
    static final int MOST_CROWDED = 4;
    private final ReadOnlyIntegerWrapper crowding = new ReadOnlyIntegerWrapper();
    /** What the board looked like when it folded the cards: it unfolds them when it gets more room or fewer cards. */
    private double crowdedWidth;
    private double crowdedRoom;
    private double crowdedEm;
    private int crowdedTiles;
    /** How many cards had Details their user opened when the board last crowded its cards a level more. */
    private int openedWhenCrowded;
    /**
     * The plan for {@link #plannedWidth}, kept within a layout pass: the scroll pane asks the board's height
     * more than once before it lays the board out, and each plan measures every card. Anything in the board
     * that changes asks for layout ({@link #requestLayout()}), which forgets it; so do a new crowding level and
     * the end of the board's own layout.
     */
    private Plan planned;
    private double plannedWidth;
    /** How many plans were made anew: for tests. */
    private long plans;

    CardBoard() {
        getStyleClass().add("card-board");
        room.addListener(o -> requestLayout());
        em.addListener(o -> requestLayout());
    }

    /** Tags a child with its kind: "server", "workers" or "clients". */
    static void group(Node tile, String kind) {
        tile.getProperties().put(GROUP, kind);
    }

    /**
     * Tags a card whose Details its user opened ({@code true}) or closed: the board crowds the other cards to make
     * room for them, and when they close again it tries the whole cards again.
     */
    static void opened(Node tile, boolean open) {
        tile.getProperties().put(OPENED, open);
    }

    /** Tags a child as one that takes a column of its own and all its height (a connections table). */
    static void fill(Node tile) {
        tile.getProperties().put(FILL, Boolean.TRUE);
    }

    /** The height the board may take without scrolling, in pixels (what the window leaves the cards). */
    public DoubleProperty roomProperty() {
        return room;
    }

    /** The type size, in pixels: gaps and the least column width are in em of it. */
    DoubleProperty emProperty() {
        return em;
    }

    /**
     * How crowded the cards are, 0 to {@link #MOST_CROWDED}: 0 while they fit whole; each level is taken
     * when the one before does not fit; back to 0 when the board gets more room or fewer cards.
     */
    ReadOnlyIntegerProperty crowdingProperty() {
        return crowding.getReadOnlyProperty();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 3 * 22 * em.get() + 4 * gap();
    }

    @Override
    protected double computeMinWidth(double height) {
        return MIN_COLUMN_EM * em.get() + 2 * gap();
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? computePrefWidth(-1) : width;
        double h = plan(w).height;
        if (tiles().stream().anyMatch(CardBoard::isFill) && room.get() < Double.MAX_VALUE) {
            h = Math.max(h, room.get() - 2 * gap()); // a table takes all the room the cards have
        }
        return h + 2 * gap();
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    public void requestLayout() {
        planned = null;
        super.requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        Plan plan = crowdToFit(width);
        planned = null; // resized, the cards may change without asking the board (it is laying out)
        Insets in = getInsets();
        double x = in.getLeft() + gap();
        double top = in.getTop() + gap();
        double columnHeight = Math.max(plan.height, room.get() - 2 * gap());
        for (Column column : plan.columns) {
            double y = top;
            for (Node tile : column.tiles) {
                double h = isFill(tile) ? Math.max(column.heights.get(tile), columnHeight - (y - top))
                        : column.heights.get(tile);
                tile.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(column.width), snapSizeY(h));
                y += h + gap();
            }
            x += column.width + gap();
        }
    }

    /**
     * Takes the crowding level the cards need at this width, one level at a time, within this layout pass:
     * each level reaches the cards at once (their bindings fold parts, the board's style class shrinks the
     * type), their CSS is applied, and they are measured again. So the board is laid out once, at its final
     * level, even where a level leaves the cards looking the same (a window already tight).
     */
    private Plan crowdToFit(double width) {
        Plan plan = plan(width);
        // at most: back to 0 once, then every level up
        for (int tries = 0; tries <= MOST_CROWDED + 1 && crowd(width, plan); tries++) {
            planned = null;
            applyCss();
            plan = plan(width);
        }
        return plan;
    }

    /** Moves the crowding one step toward what fits; whether it moved. */
    private boolean crowd(double width, Plan plan) {
        List<Node> shown = tiles();
        int tiles = shown.size();
        int opened = (int) shown.stream().filter(t -> Boolean.TRUE.equals(t.getProperties().get(OPENED))).count();
        if (crowding.get() > 0 && (tiles < crowdedTiles || width > crowdedWidth + 2 * em.get()
                || room.get() > crowdedRoom + 1 || em.get() < crowdedEm || opened < openedWhenCrowded)) {
            crowding.set(0); // more room, fewer cards or fewer Details opened: try the whole cards again
            openedWhenCrowded = 0;
            return true;
        }
        if (!plan.fits && crowding.get() < MOST_CROWDED && room.get() < Double.MAX_VALUE) {
            if (crowding.get() == 0) {
                crowdedTiles = tiles;
                crowdedWidth = width;
                crowdedRoom = room.get();
                crowdedEm = em.get();
            }
            openedWhenCrowded = opened;
            crowding.set(crowding.get() + 1);
            return true;
        }
        return false;
    }

    private double gap() {
        return GAP_EM * em.get();
    }

    private List<Node> tiles() {
        List<Node> tiles = new ArrayList<>();
        for (Node child : getChildren()) {
            if (child.isManaged() && child.isVisible()) {
                tiles.add(child);
            }
        }
        return tiles;
    }

    private static boolean isFill(Node tile) {
        return Boolean.TRUE.equals(tile.getProperties().get(FILL));
    }

    private static Object groupOf(Node tile) {
        return tile.getProperties().getOrDefault(GROUP, "");
    }

    /** The arrangement for this width: the three columns if they fit, else the fewest flowing columns that do. */
    private Plan plan(double width) {
        if (planned == null || plannedWidth != width) {
            plans++;
            planned = planAnew(width);
            plannedWidth = width;
        }
        return planned;
    }

    long plans() {
        return plans;
    }

    private Plan planAnew(double width) {
        List<Node> tiles = tiles();
        double inner = Math.max(0, width - getInsets().getLeft() - getInsets().getRight() - 2 * gap());
        double limit = room.get() - 2 * gap();
        if (tiles.isEmpty()) {
            return new Plan(List.of(), 0, true);
        }
        Plan byKind = byKind(tiles, inner);
        if (byKind.height <= limit) {
            return byKind;
        }
        boolean anyFill = tiles.stream().anyMatch(CardBoard::isFill);
        if (anyFill) {
            return byKind; // a table holds the many; the columns stay by kind
        }
        int most = Math.max(1, Math.min(tiles.size(), (int) ((inner + gap()) / (MIN_COLUMN_EM * em.get() + gap()))));
        Plan best = byKind;
        for (int n = 1; n <= most; n++) {
            Plan flowing = flow(tiles, inner, n);
            if (flowing.height <= limit) {
                return flowing;
            }
            if (flowing.height < best.height) {
                best = flowing;
            }
        }
        return best;
    }

    /** A column per kind, a table's column twice as wide. */
    private Plan byKind(List<Node> tiles, double inner) {
        List<List<Node>> groups = new ArrayList<>();
        Object last = null;
        for (Node tile : tiles) {
            Object g = groupOf(tile);
            if (groups.isEmpty() || !g.equals(last)) {
                groups.add(new ArrayList<>());
                last = g;
            }
            groups.get(groups.size() - 1).add(tile);
        }
        // widths by weight (a table's column twice as wide), but none below what its widest tile needs
        int count = groups.size();
        double[] weight = new double[count];
        double[] least = new double[count];
        double[] width = new double[count];
        boolean[] fixed = new boolean[count];
        for (int i = 0; i < count; i++) {
            weight[i] = groups.get(i).stream().anyMatch(CardBoard::isFill) ? 2 : 1;
            least[i] = groups.get(i).stream().mapToDouble(t -> t.minWidth(-1)).max().orElse(0);
        }
        for (int pass = 0; pass < count; pass++) {
            double free = inner - (count - 1) * gap();
            double weights = 0;
            for (int i = 0; i < count; i++) {
                if (fixed[i]) {
                    free -= width[i];
                } else {
                    weights += weight[i];
                }
            }
            boolean changed = false;
            for (int i = 0; i < count; i++) {
                if (!fixed[i]) {
                    width[i] = weights > 0 ? free * weight[i] / weights : least[i];
                    if (width[i] < least[i]) {
                        width[i] = least[i];
                        fixed[i] = true;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        List<Column> columns = new ArrayList<>();
        double height = 0;
        for (int i = 0; i < count; i++) {
            List<Node> g = groups.get(i);
            Column c = new Column(width[i]);
            for (Node tile : g) {
                c.add(tile, heightOf(tile, c.width), gap());
            }
            columns.add(c);
            height = Math.max(height, c.height);
        }
        return new Plan(columns, height, height <= room.get() - 2 * gap());
    }

    /**
     * The tiles in order in at most n columns of equal width, each column as short as order allows: the
     * least height h such that filling columns up to h in turn needs no more than n.
     */
    private Plan flow(List<Node> tiles, double inner, int n) {
        double width = (inner - (n - 1) * gap()) / n;
        Map<Node, Double> heights = new IdentityHashMap<>();
        double lo = 0;
        double sum = 0;
        for (Node tile : tiles) {
            double h = heightOf(tile, width);
            heights.put(tile, h);
            lo = Math.max(lo, h);
            sum += h + gap();
        }
        double hi = sum;
        for (int i = 0; i < 30 && hi - lo > 0.5; i++) {
            double mid = (lo + hi) / 2;
            if (fill(tiles, heights, width, mid).size() <= n) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        List<Column> columns = fill(tiles, heights, width, hi);
        double height = columns.stream().mapToDouble(c -> c.height).max().orElse(0);
        return new Plan(columns, height, height <= room.get() - 2 * gap());
    }

    private List<Column> fill(List<Node> tiles, Map<Node, Double> heights, double width, double most) {
        List<Column> columns = new ArrayList<>();
        Column current = null;
        for (Node tile : tiles) {
            double h = heights.get(tile);
            if (current == null || current.height + gap() + h > most + 0.01) {
                current = new Column(width);
                columns.add(current);
            }
            current.add(tile, h, gap());
        }
        return columns;
    }

    private double heightOf(Node tile, double width) {
        double h = tile.prefHeight(width);
        if (isFill(tile)) { // at most 24 em and the room, at least what it cannot do without
            h = Math.max(tile.minHeight(width), Math.min(h, Math.min(24 * em.get(), Math.floor(room.get() - 2 * gap()))));
        }
        return Math.ceil(h);
    }

    private record Plan(List<Column> columns, double height, boolean fits) {
    }

    private static final class Column {
        final double width;
        final List<Node> tiles = new ArrayList<>();
        final Map<Node, Double> heights = new IdentityHashMap<>();
        double height;

        Column(double width) {
            this.width = width;
        }

        void add(Node tile, double h, double gap) {
            height += (tiles.isEmpty() ? 0 : gap) + h;
            tiles.add(tile);
            heights.put(tile, h);
        }
    }
}
