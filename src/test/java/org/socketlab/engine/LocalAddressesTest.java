package org.socketlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The addresses a client on another machine could use, as this machine's interfaces give them: every address
 * of the family on an interface that is up, none of a loopback or of an interface that is down; a link-local
 * IPv6 address carries its
 * interface's name (without it, it names no interface), any other address none (fd00::2%eth0 is no address
 * a student on another machine could type).
 */
class LocalAddressesTest {

    @ParameterizedTest
    @EnumSource(IpFamily.class)
    void everyAddressOfAnUpInterfaceInTheFamilyAndNoOther(IpFamily family) throws SocketException {
        List<String> listed = LocalAddresses.list(family);
        List<String> usable = new ArrayList<>();
        List<String> unusable = new ArrayList<>();
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                String plain = withoutZone(a.getHostAddress());
                if (!family.includes(a)) {
                    unusable.add(plain);
                } else if (nif.isUp() && !nif.isLoopback()) {
                    usable.add(a instanceof Inet6Address && a.isLinkLocalAddress() ? plain + "%" + nif.getName() : plain);
                } else {
                    unusable.add(plain);
                }
            }
        }
        assertThat(listed).as("on %s", usable).containsExactlyInAnyOrderElementsOf(usable);
        assertThat(listed).map(LocalAddressesTest::withoutZone).doesNotContainAnyElementsOf(unusable)
                .noneMatch(text -> text.startsWith("127.") || text.equals("0:0:0:0:0:0:0:1"));
    }

    private static String withoutZone(String address) {
        int zone = address.indexOf('%');
        return zone < 0 ? address : address.substring(0, zone);
    }
}
