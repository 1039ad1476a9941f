package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LabUpdate#seq()}: updates are numbered in the order they are published, so cause reads before effect. */
class UpdateOrderTest {

    @Test
    void aStepIsNumberedBeforeTheNotificationsItCaused() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4");
            List<LabUpdate> events = f.updates.stream().filter(u -> !(u instanceof SelectorReport)).toList();
            assertThat(events).extracting(LabUpdate::seq).as("published in the order of their numbers")
                    .isSorted().doesNotHaveDuplicates();
            long connectStep = events.stream().filter(u -> u instanceof StepResult r
                    && r.step().operation() == Operation.CONNECT).findFirst().orElseThrow().seq();
            long onConnect = events.stream().filter(u -> u instanceof NotificationEvent n
                    && n.notification() == Notification.CONNECT).findFirst().orElseThrow().seq();
            assertThat(connectStep).as("the Connect step, then its OnConnect").isPositive().isLessThan(onConnect);
        }
    }
}
