package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Operation;
import org.socketlab.engine.Outcome;
import org.socketlab.engine.Role;
import org.socketlab.engine.SocketState;
import org.socketlab.ui.cards.SocketViewModel;
import org.socketlab.ui.cards.StatusView;

/**
 * A window that plays one side only: keys for the other side ask nothing of the lab, touch no panel and
 * say so plainly in the last status; Add client and Broadcast are offered only where they have a use.
 */
class RoleKeysTest {
    private final ViewModelLab w = new ViewModelLab();

    @AfterEach
    void stop() {
        w.close();
    }

    private void play(Role role) {
        w.vm.settings().roleProperty().set(role);
        w.settle();
    }

    /** Presses the key; the lab must not have been asked anything and the hint must name the key. */
    private StatusView refused(int key) {
        int before = w.results.size();
        w.keys(key);
        assertThat(w.results).as("steps the lab ran for key %d", key).hasSize(before);
        StatusView hint = w.vm.lastStatusProperty().get();
        assertThat(hint.isHint()).as("key %d gives a hint", key).isTrue();
        assertThat(hint.outcome()).isNull();
        assertThat(hint.explanation()).contains("Step " + key + " belongs to").contains("Role: Both");
        assertThat(hint.stamp()).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
        assertThat(w.vm.lastStepProperty().get()).isEqualTo("Key " + key);
        return hint;
    }

    @Test
    void theServerOnlyRoleAnswersClientKeysWithAPlainHintAndTouchesNoClientPanel() {
        play(Role.SERVER);
        w.keys(1, 2);
        assertThat(w.vm.server().phaseProperty().get()).isEqualTo(SocketState.LISTENING);
        for (int key : new int[] {3, 4, 7}) {
            StatusView hint = refused(key);
            assertThat(hint.explanation()).startsWith("This window plays the server only: there is no client here.");
        }
        SocketViewModel client = w.client1();
        for (Operation op : SocketViewModel.operationsOf(client.name().kind())) {
            assertThat(client.statusProperty(op).get()).as("client1 %s", op).isEqualTo(StatusView.NONE);
        }
        assertThat(client.headerProperty().get()).isEqualTo(StatusView.NONE);
        assertThat(client.phaseProperty().get()).isNull();
        assertThat(w.vm.canAddClient().get()).isFalse();
        assertThat(w.vm.classActions().canBroadcast().get()).isTrue();
    }

    @Test
    void theClientsOnlyRoleAnswersServerAndWorkerKeysWithAPlainHint() {
        play(Role.CLIENT);
        for (int key : new int[] {1, 2, 5}) {
            assertThat(refused(key).explanation()).startsWith("This window plays clients only: there is no server here.");
        }
        assertThat(refused(6).explanation()).contains("no worker").contains("server’s worker");
        assertThat(w.vm.server().headerProperty().get()).isEqualTo(StatusView.NONE);
        assertThat(w.vm.workers()).isEmpty();
        w.keys(3);
        assertThat(w.client1().statusProperty(Operation.INIT).get().outcome()).isEqualTo(Outcome.OK);
        assertThat(w.vm.lastStatusProperty().get().isHint()).as("a step's answer replaces the hint").isFalse();
        assertThat(w.vm.canAddClient().get()).isTrue();
        assertThat(w.vm.classActions().canBroadcast().get()).isFalse();
    }

    @Test
    void aRepeatedKeyRenewsTheHint() {
        play(Role.SERVER);
        StatusView first = refused(3);
        StatusView second = refused(3);
        assertThat(second.explanation()).isEqualTo(first.explanation());
        assertThat(second).as("a new value a view can flash").isNotEqualTo(first);
        assertThat(second.number()).as("hints are numbered").isEqualTo(first.number() + 1);
    }

    @Test
    void bothRolesOfferEverythingAndAChangeOfRoleFollows() {
        assertThat(w.vm.canAddClient().get()).isTrue();
        assertThat(w.vm.classActions().canBroadcast().get()).isTrue();
        w.keys(3);
        assertThat(w.vm.lastStatusProperty().get().outcome()).isEqualTo(Outcome.OK);
        play(Role.SERVER);
        assertThat(w.vm.canAddClient().get()).isFalse();
        play(Role.CLIENT);
        assertThat(w.vm.classActions().canBroadcast().get()).isFalse();
        assertThat(w.vm.canAddClient().get()).isTrue();
    }
}
