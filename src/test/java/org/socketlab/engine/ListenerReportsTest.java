package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.SelectionKey;
import org.junit.jupiter.api.Test;

/** What a listener tells: the addresses it listens on, and what a naive loop would watch on it. */
class ListenerReportsTest {
    @Test
    void listeningOnEveryInterfaceNamesTheOtherAddressesOrSaysThereAreNone() {
        LabSettings settings = LabSettings.defaults().withPort(0).withFamily(IpFamily.V4).withBind("0.0.0.0");
        String expected = LocalAddresses.list(IpFamily.V4).isEmpty() ? "server.listen.all.none" : "server.listen.all";
        try (LabFixture f = new LabFixture(settings)) {
            assertThat(f.steps("1", "2").explanations()).extracting(Explanation::key).first().isEqualTo(expected);
        }
    }

    @Test
    void aNaiveLoopWatchesAListenerForAccept() {
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2");
            SelectorReport.Row server = f.lab.selectorReport().join().rows().stream()
                    .filter(r -> r.socket().equals(SocketName.SERVER)).findFirst().orElseThrow();
            assertThat(server.naiveInterestOps()).isEqualTo(SelectionKey.OP_ACCEPT);
        }
    }
}
