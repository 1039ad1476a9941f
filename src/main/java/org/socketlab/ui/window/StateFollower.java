package org.socketlab.ui.window;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socketlab.engine.LabSnapshot;
import org.socketlab.engine.LabUpdate;
import org.socketlab.engine.NotificationEvent;
import org.socketlab.engine.SocketName;
import org.socketlab.engine.SocketView;
import org.socketlab.engine.StepResult;
import org.socketlab.ui.cards.SocketPanels;
import org.socketlab.ui.cards.SocketViewModel;

/**
 * Keeps every panel's state in step with its socket, putting each change down to the step that caused it
 * ({@link SocketViewModel#follow}). A class has hundreds of panels: before a step only the sockets updates
 * named since are looked at, unless sockets came or went; {@link #followAll} looks at all of them (the lab
 * hands out an unchanged socket as the same instance, so that is a comparison per socket). The window calls
 * {@link #follow} before each step of a batch and {@link #followAll} once at its end, not once per update: the
 * changes between two steps are put down to the same step either way.
 */
final class StateFollower {
    private final SocketPanels panels;
    /** Each panel's socket as the panel last followed it. */
    private final Map<SocketViewModel, SocketView> followed = new HashMap<>();
    /** The sockets updates named since their panels last followed them; how many sockets there were then. */
    private final Set<SocketName> named = new HashSet<>();
    private int followedSockets = -1;

    StateFollower(SocketPanels panels) {
        this.panels = panels;
    }

    /** Notes the socket an update is about: its changes are followed at the next {@link #follow}. */
    void named(LabUpdate update) {
        if (update instanceof StepResult r) {
            named.add(r.step().socket());
        } else if (update instanceof NotificationEvent e) {
            named.add(e.socket());
        }
    }

    /** The panels follow the snapshot; changes are put down to click number {@code cause}. */
    void follow(LabSnapshot snapshot, long cause) {
        if (snapshot.sockets().size() != followedSockets) {
            followAll(snapshot, cause);
            return;
        }
        for (SocketName name : List.copyOf(named)) {
            Optional<SocketViewModel> panel = panels.find(name);
            if (panel.isPresent()) {
                named.remove(name);
                SocketView view = snapshot.sockets().get(name);
                if (followed.put(panel.get(), view) != view) {
                    panel.get().follow(view == null ? null : view.state(), cause);
                }
            }
        }
    }

    /** As {@link #follow}, looking at every socket and panel (once per batch). */
    void followAll(LabSnapshot snapshot, long cause) {
        int present = 0;
        for (Map.Entry<SocketName, SocketView> e : snapshot.sockets().entrySet()) {
            Optional<SocketViewModel> panel = panels.find(e.getKey());
            if (panel.isPresent()) {
                present++;
                named.remove(e.getKey());
                if (followed.put(panel.get(), e.getValue()) != e.getValue()) {
                    panel.get().follow(e.getValue().state(), cause);
                }
            } else {
                named.add(e.getKey()); // its panel comes later: followed then
            }
        }
        if (followed.size() > present) { // a socket the lab no longer has
            followed.entrySet().removeIf(e -> {
                boolean gone = snapshot.socket(e.getKey().name()).isEmpty();
                if (gone) {
                    e.getKey().follow(null, cause);
                }
                return gone;
            });
        }
        followedSockets = snapshot.sockets().size();
    }

    /** After a Reset: the panels start again from no socket. */
    void forget() {
        followed.clear();
        named.clear();
        followedSockets = -1;
    }
}
