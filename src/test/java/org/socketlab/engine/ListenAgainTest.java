package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Listening again on the lab's port (src/main/java/org/socketlab/engine/LabPort.java) and the listener's
 * SO_REUSEADDR setting (LabSettings.reuseAddress, ServerEndpoint.listen), on real loopback sockets.
 */
class ListenAgainTest {

    @Test
    void withPortZeroTheOsChoosesOnceAndTheServerComesBackOnThatPortUntilReset() {
        try (LabFixture f = new LabFixture()) {
            assertThat(f.steps("1", "2").calls().get(0).arguments()).isEqualTo("127.0.0.1:0, 100");
            int port = serverPort(f);
            assertThat(port).isPositive();
            StepResult again = f.steps("server.close", "server.init", "server.listen");
            assertThat(again.outcome()).isEqualTo(Outcome.OK);
            assertThat(again.calls().get(0).arguments()).isEqualTo("127.0.0.1:" + port + ", 100");
            assertThat(serverPort(f)).isEqualTo(port);
            f.steps("server.close", "3");
            assertThat(f.step("4").calls().get(0).arguments()).as("a client still goes to the lab's port")
                    .isEqualTo("127.0.0.1:" + port);
            f.lab.reset().join();
            assertThat(f.steps("1", "2").calls().get(0).arguments()).as("Reset lets the OS choose again")
                    .isEqualTo("127.0.0.1:0, 100");
        }
    }

    @Test
    void turningReuseAddressOffIsACallBeforeBindAndTheServersTimeWaitThenRefusesThePort() {
        try (LabFixture f = new LabFixture()) {
            f.lab.updateSettings(f.lab.settings().withReuseAddress(false));
            StepResult first = f.clicks("1", "2");
            assertThat(methods(first)).containsExactly("setOption", "bind");
            assertThat(first.calls().get(0).arguments()).isEqualTo("SO_REUSEADDR, false");
            assertThat(first.explanations()).extracting(Explanation::key)
                    .containsExactly("server.listen.ok", "server.listen.noreuse");
            StepResult refused = f.clicks("3", "4", "5", "worker1.close", "client1.close", "server.close",
                    "server.init", "server.listen");
            assertThat(refused.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(refused.errno()).isEqualTo("EADDRINUSE");
            assertThat(refused.wsa()).isEqualTo(Wsa.WSAEADDRINUSE);
            assertThat(methods(refused)).containsExactly("setOption", "bind");
            assertThat(refused.explanations()).extracting(Explanation::key).containsExactly("server.listen.inuse.noreuse");
        }
    }

    @Test
    void javasOwnReuseAddressMakesNoCallAndListensAgainOverTheServersTimeWait() {
        try (LabFixture f = new LabFixture()) {
            assertThat(methods(f.clicks("1", "2"))).containsExactly("bind");
            StepResult again = f.clicks("3", "4", "5", "worker1.close", "client1.close", "server.close",
                    "server.init", "server.listen");
            assertThat(again.outcome()).isEqualTo(Outcome.OK);
            assertThat(methods(again)).containsExactly("bind");
        }
    }

    @Test
    void settingsThatListenElsewhereForgetTheChosenPortAndOthersKeepIt() {
        try (LabFixture f = new LabFixture()) {
            f.steps("1", "2");
            int port = serverPort(f);
            f.lab.updateSettings(f.lab.settings().withReceiveBufferSize(16));
            assertThat(f.steps("3", "4").calls().get(0).arguments()).as("same place to listen: the port is kept")
                    .isEqualTo("127.0.0.1:" + port);
            f.lab.updateSettings(f.lab.settings().withBind("127.0.0.2"));
            assertThat(f.steps("client2.init", "client2.connect").calls().get(0).arguments())
                    .as("another bind address: the OS chooses again at the next Listen").isEqualTo("127.0.0.1:0");
        }
    }

    private static List<String> methods(StepResult r) {
        return r.calls().stream().map(Call::method).toList();
    }

    private static int serverPort(LabFixture f) {
        String local = f.lab.snapshot().socket(SocketName.SERVER).orElseThrow().local();
        return Integer.parseInt(local.substring(local.lastIndexOf(':') + 1));
    }
}
