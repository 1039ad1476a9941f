package org.socketlab.engine;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A socket's name in the lab: {@code server}, {@code client1}, {@code worker2}… */
public record SocketName(SocketKind kind, int number) implements Comparable<SocketName> {
    public static final SocketName SERVER = new SocketName(SocketKind.SERVER, 0);

    private static final Pattern FORM = Pattern.compile("(server|client|worker)([0-9]{0,6})");

    public SocketName {
        Objects.requireNonNull(kind);
        if (kind == SocketKind.SERVER ? number != 0 : number < 1) {
            throw new IllegalArgumentException("bad socket number " + number + " for " + kind);
        }
    }

    public static SocketName client(int number) {
        return new SocketName(SocketKind.CLIENT, number);
    }

    public static SocketName worker(int number) {
        return new SocketName(SocketKind.WORKER, number);
    }

    /** Parses {@code server}, {@code clientN}, {@code workerN}; bare {@code client}/{@code worker} mean number 1. */
    public static Optional<SocketName> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(2);
        if (m.group(1).equals("server")) {
            return digits.isEmpty() ? Optional.of(SERVER) : Optional.empty();
        }
        int n = digits.isEmpty() ? 1 : Integer.parseInt(digits);
        if (n < 1) {
            return Optional.empty();
        }
        SocketKind kind = m.group(1).equals("client") ? SocketKind.CLIENT : SocketKind.WORKER;
        return Optional.of(new SocketName(kind, n));
    }

    @Override
    public String toString() {
        return kind == SocketKind.SERVER ? kind.prefix() : kind.prefix() + number;
    }

    @Override
    public int compareTo(SocketName other) {
        int byKind = Integer.compare(kind.ordinal(), other.kind.ordinal());
        return byKind != 0 ? byKind : Integer.compare(number, other.number);
    }
}
