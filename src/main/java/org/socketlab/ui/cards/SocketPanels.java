package org.socketlab.ui.cards;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.SelectorReport;
import org.socketlab.engine.SocketKind;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.StepResult;

/**
 * The window's socket panels: the server's, one per client and one per worker, each list in name order.
 * A panel is added when the lab shows its socket (or when the user adds a client); Reset keeps the
 * server and the first client.
 */
public final class SocketPanels {
    private final Function<SocketName, SocketViewModel> make;
    private final SocketViewModel server;
    private final ObservableList<SocketViewModel> clients = FXCollections.observableArrayList();
    private final ObservableList<SocketViewModel> workers = FXCollections.observableArrayList();
    // One read-only view each, kept: a wrapper made per call would be collected with its listeners.
    private final ObservableList<SocketViewModel> clientsView = FXCollections.unmodifiableObservableList(clients);
    private final ObservableList<SocketViewModel> workersView = FXCollections.unmodifiableObservableList(workers);

    /** Clients and workers by name (a class has hundreds: a step finds its panel without a search). */
    private final Map<SocketName, SocketViewModel> byName = new HashMap<>();
    private final Set<SocketViewModel> held = new LinkedHashSet<>();
    /** When each panel last showed what it held ({@link #release(long, long, boolean)}). */
    private final Map<SocketViewModel, Long> lastShown = new WeakHashMap<>();

    public SocketPanels(Function<SocketName, SocketViewModel> make) {
        this.make = make;
        server = make.apply(SocketName.SERVER);
        clients.addListener(this::index);
        workers.addListener(this::index);
        clients.add(make.apply(SocketName.client(1)));
    }

    private void index(ListChangeListener.Change<? extends SocketViewModel> c) {
        while (c.next()) {
            c.getRemoved().forEach(vm -> byName.remove(vm.name()));
            c.getAddedSubList().forEach(vm -> byName.put(vm.name(), vm));
        }
    }

    public SocketViewModel server() {
        return server;
    }

    public ObservableList<SocketViewModel> clients() {
        return clientsView;
    }

    public ObservableList<SocketViewModel> workers() {
        return workersView;
    }

    /** A panel for the next client number. */
    public SocketViewModel addClient() {
        int next = clients.stream().mapToInt(c -> c.name().number()).max().orElse(0) + 1;
        SocketViewModel client = make.apply(SocketName.client(next));
        clients.add(client);
        return client;
    }

    public Optional<SocketViewModel> find(SocketName name) {
        if (name.kind() == SocketKind.SERVER) {
            return Optional.of(server);
        }
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * A step's answer on its socket's panel, held until {@link #release()}: however many steps a batch brings,
     * each panel changes once, to its newest answers.
     */
    public void applyHeld(StepResult r, long number) {
        find(r.step().socket()).ifPresent(vm -> {
            if (held.add(vm)) {
                vm.hold();
            }
            vm.apply(r, number);
        });
    }

    /** Shows what {@link #applyHeld} kept. */
    public void release() {
        held.forEach(SocketViewModel::release);
        held.clear();
    }

    /**
     * Shows what {@link #applyHeld} kept on each panel last shown at least {@code pace} ago, or on every panel
     * when nothing more comes: a card a burst answers again and again changes 10 times a second, a card it
     * answers once (a broadcast's workers) at once.
     *
     * @param now the time in nanoseconds, on the clock {@code pace} is measured with
     */
    public void release(long now, long pace, boolean moreComing) {
        held.removeIf(vm -> {
            Long last = lastShown.get(vm);
            if (moreComing && last != null && now - last < pace) {
                return false;
            }
            vm.release();
            lastShown.put(vm, now);
            return true;
        });
    }

    public List<SocketViewModel> all() {
        List<SocketViewModel> all = new ArrayList<>();
        all.add(server);
        all.addAll(clients);
        all.addAll(workers);
        return all;
    }

    /** Workers whose client is still there. */
    public List<SocketViewModel> connectedWorkers() {
        return workers.stream().filter(w -> w.connectedProperty().get() && !w.peerGoneProperty().get()).toList();
    }

    /** Adds a panel, in name order, for every client or worker of the snapshot that has none yet. */
    public void addMissing(LabSnapshot snapshot) {
        List<SocketName> missing = snapshot.sockets().keySet().stream()
                .filter(name -> name.kind() != SocketKind.SERVER && find(name).isEmpty()).sorted().toList();
        for (ObservableList<SocketViewModel> list : List.of(clients, workers)) {
            List<SocketName> mine = missing.stream().filter(name -> listOf(name) == list).toList();
            if (!mine.isEmpty() && (list.isEmpty() || list.get(list.size() - 1).name().compareTo(mine.get(0)) < 0)) {
                // all after the last one (a class's new workers): one change of the list, not one each
                list.addAll(mine.stream().map(make).toList());
            } else {
                mine.forEach(name -> addIfMissing(snapshot, name));
            }
        }
    }

    /** Adds a panel, in name order, for {@code name} if the snapshot has that socket and it has no panel yet. */
    public void addIfMissing(LabSnapshot snapshot, SocketName name) {
        if (name.kind() != SocketKind.SERVER && find(name).isEmpty() && snapshot.socket(name).isPresent()) {
            ObservableList<SocketViewModel> list = listOf(name);
            int at = 0;
            while (at < list.size() && list.get(at).name().compareTo(name) < 0) {
                at++;
            }
            list.add(at, make.apply(name));
        }
    }

    /** Shows the snapshot on every panel, adding the missing ones first. */
    public void show(LabSnapshot snapshot) {
        addMissing(snapshot);
        all().forEach(p -> p.apply(snapshot.socket(p.name()).orElse(null)));
    }

    /** After a Reset: no workers, one empty client, an empty server. */
    public void clear() {
        workers.clear();
        clients.retainAll(clients.get(0));
        clients.get(0).clear();
        server.clear();
        held.retainAll(List.of(server, clients.get(0))); // the panels that stay
    }

    private ObservableList<SocketViewModel> listOf(SocketName name) {
        return name.kind() == SocketKind.WORKER ? workers : clients;
    }

    /** Each panel shows its line of the selector report (what a naive level-triggered loop would see). */
    public void showSelector(SelectorReport report, ResourceBundle text) {
        hideSelector();
        for (SelectorReport.Row row : report.rows()) {
            find(row.socket()).ifPresent(s -> s.showSelector(MessageFormat.format(text.getString("selector.line"),
                    SelectorReport.opsText(row.interestOps()), SelectorReport.opsText(row.readyNow()),
                    row.naivePerSecond())));
        }
    }

    public void hideSelector() {
        all().forEach(s -> s.showSelector(""));
    }
}
