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

    /** Digits and dots (IPv4 in any form Java accepts), or anything with a colon (IPv6, maybe bracketed). */
    private static final java.util.regex.Pattern LITERAL = java.util.regex.Pattern.compile("[0-9.]+|.*:.*");

    /** True when {@code address} is an address literal (or {@code *}) meaning "every interface". */
    static boolean isWildcard(String address, IpFamily family) {
        String text = address.strip();
        if (text.equals("*")) {
            return true;
        }
        if (!LITERAL.matcher(text).matches()) {
            return false;
        }
        try {
            return resolve(text, 0, family).getAddress().isAnyLocalAddress();
        } catch (AddressProblem e) {
            return false;
        }
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
