package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The settings accept every value at their bounds and refuse the first one past each bound. */
class LabSettingsBoundsTest {
    private static final LabSettings BASE = LabSettings.defaults();

    private static void acceptsOnly(IntFunction<LabSettings> make, int lowest, int highest, String refusal) {
        assertThat(make.apply(lowest)).as("the lowest value %d", lowest).isNotNull();
        assertThat(make.apply(highest)).as("the highest value %d", highest).isNotNull();
        assertThatThrownBy(() -> make.apply(lowest - 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(refusal);
        assertThatThrownBy(() -> make.apply(highest + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(refusal);
    }

    @Test
    void portRunsFromZeroTo65535() {
        acceptsOnly(BASE::withPort, 0, 65535, "the port must be between 0 and 65535");
    }

    @Test
    void backlogRunsFromOneTo65535() {
        acceptsOnly(BASE::withBacklog, 1, 65535, "the backlog must be between 1 and 65535");
    }

    @Test
    void receiveBufferRunsFromOneToTheMaximum() {
        acceptsOnly(BASE::withReceiveBufferSize, 1, LabSettings.MAX_RECEIVE_BUFFER, "the receive buffer must be");
    }

    @Test
    void connectTimeoutRunsFromOneToTheMaximum() {
        acceptsOnly(BASE::withConnectTimeout, 1, LabSettings.MAX_CONNECT_TIMEOUT, "the connect timeout must be");
    }

    @Test
    void aHostOrBindNoAddressCanHaveIsRefused() {
        assertThatThrownBy(() -> BASE.withHost("-p")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the host '-p' starts with '-': is it an option?");
        assertThatThrownBy(() -> BASE.withBind("a/b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the bind address 'a/b' holds '/', which no host name or address has");
    }

    @Test
    void theRefusalNamesASpaceInWords() {
        assertThat(LabSettings.addressProblem("host", "my host"))
                .contains("the host 'my host' holds a space, which no host name or address has");
        assertThat(LabSettings.addressProblem("host", "[::1%eth0]")).isEmpty();
    }

    @Test
    void eitherLoopbackFollowsTheFamilyAndOtherHostsStay() {
        LabSettings v6 = BASE.withFamily(IpFamily.V6);
        assertThat(v6.host()).isEqualTo("::1");
        assertThat(v6.bind()).isEqualTo("::1");
        LabSettings back = v6.withFamily(IpFamily.V4);
        assertThat(back.host()).isEqualTo("127.0.0.1");
        assertThat(back.bind()).isEqualTo("127.0.0.1");
        LabSettings named = BASE.withHost("example.org").withBind("0.0.0.0").withFamily(IpFamily.V6);
        assertThat(named.host()).isEqualTo("example.org");
        assertThat(named.bind()).isEqualTo("::");
    }
}
