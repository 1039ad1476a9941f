package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketlab.engine.LabFixture.assertCounts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roles, bind address, IP family and connect timeout, on loopback. */
class NetworkSettingsTest {
    private static LabSettings loopback(IpFamily family) {
        return LabSettings.defaults().withPort(0).withFamily(family);
    }

    @Test
    void theWholeLessonRunsOnIpv6Loopback() {
        try (LabFixture f = new LabFixture(loopback(IpFamily.V6))) {
            assertThat(f.lab.settings().host()).isEqualTo("::1");
            StepResult listen = f.clicks("1", "2");
            assertThat(listen.message()).contains("[::1]:");
            f.clicks("3", "4", "5", "worker1.send=over IPv6");
            f.await("client1", c -> c.receive() == 1);
            StepResult receive = f.clicks("7");
            assertThat(new String(receive.data(), StandardCharsets.UTF_8)).isEqualTo("over IPv6");
            assertCounts(f.counters("client1"), 0, 1, 1, 1, 0);
            assertThat(f.lab.snapshot().socket(SocketName.client(1)).orElseThrow().remote()).startsWith("[::1]:");
        }
    }

    /** Whatever this machine's resolver says localhost is, the lab works in that family or says why not. */
    @Test
    void localhostResolvesInTheChosenFamilyOnly() throws Exception {
        for (IpFamily family : IpFamily.values()) {
            boolean has = java.util.Arrays.stream(java.net.InetAddress.getAllByName("localhost")).anyMatch(family::includes);
            try (LabFixture f = new LabFixture(loopback(family).withHost("localhost").withBind("localhost"))) {
                StepResult listen = f.clicks("1", "2");
                if (!has) {
                    assertThat(listen.errno()).as("localhost in %s", family).isEqualTo("EAI_ADDRFAMILY");
                    assertThat(listen.message()).contains("localhost has no " + family.label() + " address");
                    continue;
                }
                f.clicks("3", "4");
                f.await("client1", c -> c.connect() == 1);
                assertThat(f.lab.snapshot().socket(SocketName.client(1)).orElseThrow().remote())
                        .as("localhost in %s", family)
                        .startsWith(family == IpFamily.V4 ? "127.0.0.1:" : "[::1]:");
            }
        }
    }

    @Test
    void anAddressOfTheOtherFamilyIsAClearError() {
        try (LabFixture f = new LabFixture(loopback(IpFamily.V6).withHost("127.0.0.1"))) {
            StepResult r = f.steps("3", "4");
            assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(r.errno()).isEqualTo("EAI_ADDRFAMILY");
            assertThat(r.message()).contains("127.0.0.1 has no IPv6 address");
            f.step("server.init");
            f.lab.updateSettings(f.lab.settings().withBind("no-such-host.invalid"));
            StepResult unknown = f.step("2");
            assertThat(unknown.errno()).isEqualTo("EAI_NONAME");
            assertThat(unknown.wsa().code()).isEqualTo(11001);
        }
    }

    @Test
    void eachRoleRefusesTheOtherSidesSocketsClearly() {
        try (LabFixture f = new LabFixture(loopback(IpFamily.V4).withRole(Role.CLIENT))) {
            StepResult r = f.step("1");
            assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(r.message()).contains("runs clients only");
            assertThat(f.step("6").message()).contains("runs clients only");
            assertThat(f.step("3").outcome()).isEqualTo(Outcome.OK);
        }
        try (LabFixture f = new LabFixture(loopback(IpFamily.V4).withRole(Role.SERVER))) {
            assertThat(f.step("3").message()).contains("server side only");
            assertThat(f.step("1").outcome()).isEqualTo(Outcome.OK);
        }
    }

    @Test
    void everySpellingOfTheWildcardIsRecognisedFromItsAddress() {
        for (String any : List.of("0.0.0.0", "0", "0.0", "000.000.000.000", "::ffff:0.0.0.0", "*")) {
            assertThat(loopback(IpFamily.V4).withBind(any).listensOnAllInterfaces()).as("IPv4 %s", any).isTrue();
        }
        for (String any : List.of("::", "::0", "[::]", "0:0:0:0:0:0:0:0", "*")) {
            assertThat(loopback(IpFamily.V6).withBind(any).listensOnAllInterfaces()).as("IPv6 %s", any).isTrue();
        }
        for (String one : List.of("127.0.0.1", "localhost", "127.0.0.0", "10.0.0.0", "no-such-host.invalid")) {
            assertThat(loopback(IpFamily.V4).withBind(one).listensOnAllInterfaces()).as("IPv4 %s", one).isFalse();
        }
        assertThat(loopback(IpFamily.V6).withBind("::1").listensOnAllInterfaces()).isFalse();
        try (LabFixture f = new LabFixture(loopback(IpFamily.V4).withBind("000.000.000.000"))) {
            assertThat(f.steps("1", "2").message()).contains("every interface");
        }
    }

    @Test
    void listeningOnAllInterfacesSaysTheLabIsReachable() {
        try (LabFixture f = new LabFixture(loopback(IpFamily.V4).withBind("0.0.0.0"))) {
            StepResult listen = f.steps("1", "2");
            assertThat(listen.outcome()).isEqualTo(Outcome.OK);
            assertThat(listen.message()).contains("0.0.0.0:").contains("other computers on the network can reach");
            f.clicks("3", "4");
            f.await("client1", c -> c.connect() == 1);
        }
    }

    @Test
    void aConnectNobodyAnswersTimesOutWithWsaeTimedOut() {
        // Backlog 1 and nobody accepting: the kernel drops further SYNs, so client3's connect gets no answer.
        LabSettings settings = loopback(IpFamily.V4).withBacklog(1).withConnectTimeout(1500);
        try (LabFixture f = new LabFixture(settings)) {
            f.clicks("1", "2", "3", "client2.init", "client3.init", "4", "client2.connect");
            f.await("client2", c -> c.connect() == 1);
            StepResult pending = f.step("client3.connect");
            assertThat(pending.outcome()).isEqualTo(Outcome.WOULD_BLOCK);
            Counters c = f.await("client3", k -> k.connect() == 1);
            assertThat(c.connectError()).isEqualTo(10060);
            StepResult again = f.step("client3.connect");
            assertThat(again.wsa().code()).isEqualTo(10038);
            assertThat(again.message()).contains("in time");
        }
    }

    @Test
    void aPendingConnectWakesTheSelectorOnlyAtItsDeadline() {
        // Backlog 1 and nobody accepting: client3's SYN gets no answer, so nothing but its deadline can wake.
        LabSettings settings = loopback(IpFamily.V4).withBacklog(1).withConnectTimeout(2000);
        try (LabFixture f = new LabFixture(settings)) {
            f.clicks("1", "2", "3", "client2.init", "client3.init", "4", "client2.connect");
            f.await("client2", c -> c.connect() == 1);
            StepResult pending = f.step("client3.connect");
            assertThat(pending.outcome()).isEqualTo(Outcome.WOULD_BLOCK);
            long before = f.lab.selectorWakeups();
            // Waiting on the lab's updates, not on round trips through the selector: they would wake it too.
            assertThat(f.lab.awaitCounter(SocketName.client(3), Notification.CONNECT, 1, Duration.ofSeconds(30)))
                    .as("the selector woke at the deadline and ended the connect").isTrue();
            long wakeups = f.lab.selectorWakeups() - before;
            assertThat(f.counters("client3").connectError()).isEqualTo(10060);
            assertThat(wakeups).as("select() returns while the connect is pending: at its deadline, no spinning")
                    .isBetween(1L, 3L);
        }
    }

    @Test
    void awaitWaitsForACounter() throws StepSyntaxException {
        assertThat(StepLanguage.parse("await=server.accept=1")).isEqualTo(
                new ScriptStep.Await(SocketName.SERVER, Notification.ACCEPT, 1));
        try (LabFixture f = new LabFixture()) {
            f.clicks("1", "2", "3", "4");
            assertThat(f.lab.awaitCounter(SocketName.SERVER, Notification.ACCEPT, 1, Duration.ofSeconds(20))).isTrue();
            assertThat(f.lab.awaitCounter(SocketName.SERVER, Notification.ACCEPT, 2, Duration.ofMillis(200))).isFalse();
        }
    }

    @Test
    void ipv6AddressesAreShownInTheirShortForm() {
        assertThat(Addresses.compress("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(Addresses.compress("0:0:0:0:0:0:0:0")).isEqualTo("::");
        assertThat(Addresses.compress("fe80:0:0:0:1:2:3:4%eth0")).isEqualTo("fe80::1:2:3:4%eth0");
        assertThat(Addresses.compress("2001:db8:0:1:0:0:0:1")).isEqualTo("2001:db8:0:1::1");
    }
}
