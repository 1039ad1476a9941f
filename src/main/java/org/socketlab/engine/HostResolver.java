package org.socketlab.engine;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Resolves a host in the chosen IP family only, so that {@code localhost} meaning {@code ::1} on one
 * machine and {@code 127.0.0.1} on another never silently breaks the lab.
 */
final class HostResolver {
    private HostResolver() {
    }

    static InetSocketAddress resolve(String host, int port, IpFamily family) throws AddressProblem {
        String name = host.equals("*") ? family.any() : host;
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            throw new AddressProblem("EAI_NONAME", Wsa.WSAHOST_NOT_FOUND, "address.unknown", host);
        }
        for (InetAddress a : all) {
            if (family.includes(a)) {
                return new InetSocketAddress(a, port);
            }
        }
        String found = Arrays.stream(all).map(InetAddress::getHostAddress).collect(Collectors.joining(", "));
        throw new AddressProblem("EAI_ADDRFAMILY", Wsa.WSANO_DATA, "address.wrong.family", host, found,
                family.label());
    }
}
