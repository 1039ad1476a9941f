package org.socketlab.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Notification;
import org.socketlab.engine.Operation;
import org.socketlab.ui.cards.SocketViewModel;
import org.socketlab.ui.settings.PayloadMode;
import org.socketlab.ui.window.ViewModelLab;

/** A broadcast on real loopback sockets is one log entry with a Send per worker under it. */
class BroadcastLogTest {
    @Test
    void aBroadcastIsOneEntryWithItsSendsUnderIt() {
        try (ViewModelLab l = new ViewModelLab()) {
            l.keys(1, 2, 3, 4);
            SocketViewModel client2 = l.vm.addClient();
            l.click(client2, Operation.INIT);
            l.click(client2, Operation.CONNECT);
            l.keys(5, 5);
            l.waitUntil("two connections", () -> l.vm.connectionsProperty().get() == 2);
            l.vm.settings().payloadModeProperty().set(PayloadMode.TEXT);
            l.vm.settings().payloadTextProperty().set("to all, \"quoted\"");
            int before = l.vm.log().entries().size();

            l.vm.classActions().broadcast();
            l.waitUntil("both clients got data", () -> l.client1().countProperty(Notification.RECEIVE).get() == 1
                    && client2.countProperty(Notification.RECEIVE).get() == 1);

            List<LogEntry> added = l.vm.log().entries().subList(before, l.vm.log().entries().size());
            LogEntry group = added.get(0);
            assertThat(group.isGroup()).as("the first new entry is the broadcast: %s", added).isTrue();
            assertThat(group.socket()).isEqualTo("server");
            assertThat(group.what()).isEqualTo("broadcast to 2 workers");
            assertThat(group.children()).extracting(LogEntry::socket).containsExactly("worker1", "worker2");
            assertThat(group.children()).allSatisfy(c -> assertThat(c.what()).startsWith("send → OK"));
            assertThat(group.seq()).as("numbered as its first send").isEqualTo(group.children().get(0).seq());
            assertThat(group.children().get(1).seq()).isGreaterThan(group.children().get(0).seq());
            List<LogEntry> rest = added.subList(1, added.size());
            assertThat(rest).as("the sends appear only under the broadcast").noneMatch(LogEntry::isGroup)
                    .noneMatch(e -> e.socket().startsWith("worker"));
            assertThat(rest).extracting(e -> e.socket() + " " + e.what())
                    .contains("client1 OnReceive", "client2 OnReceive");
            assertThat(rest).extracting(LogEntry::seq).isSorted().allSatisfy(s -> assertThat(s).isGreaterThan(group.seq()));

            String csv = l.vm.log().export(LogFormat.CSV);
            assertThat(csv).contains("server,broadcast to 2 workers,")
                    .containsPattern("\r\n\\d+,[0-9:.]+,worker1,  ↳ send → OK[^\r\n]*\r\n\\d+,[0-9:.]+,worker2,  ↳ send → OK");
        }
    }
}
