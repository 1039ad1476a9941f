package org.socketlab.engine;

/**
 * The lab's settings.
 *
 * @param host                 where clients connect
 * @param port                 the server's port; 0 lets the OS choose and clients then use the bound port
 * @param backlog              the listen backlog
 * @param receiveBufferSize    how many bytes one Receive asks for (small values show partial reads)
 * @param bind                 the address the server listens on: loopback by default; {@code 0.0.0.0} or
 *                             {@code ::} (all interfaces) makes the lab reachable from the network
 * @param family               IPv4 or IPv6: host and bind are resolved in this family only
 * @param role                 both sides, or only the server or only the clients (two instances or machines)
 * @param connectTimeoutMillis how long a connect may stay unanswered before OnConnect reports WSAETIMEDOUT
 * @param reuseAddress         true leaves the listener's SO_REUSEADDR as Java sets it (on, on Linux and macOS);
 *                             false turns it off before Listen's bind(), so a connection of an earlier
 *                             listener still in TIME_WAIT on the port makes bind() fail (EADDRINUSE)
 */
public record LabSettings(String host, int port, int backlog, int receiveBufferSize, String bind, IpFamily family,
                          Role role, int connectTimeoutMillis, boolean reuseAddress) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The port Microsoft's asynchronous socket sample listens on. */
    public static final int DEFAULT_PORT = 11000;
    public static final int DEFAULT_BACKLOG = 100;
    /** The buffer size of Microsoft's asynchronous socket sample. */
    public static final int DEFAULT_RECEIVE_BUFFER = 1024;
    public static final int MAX_RECEIVE_BUFFER = 1 << 20;
    public static final int DEFAULT_CONNECT_TIMEOUT = 10_000;
    public static final int MAX_CONNECT_TIMEOUT = 600_000;

    public LabSettings {
        addressProblem("host", host).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        addressProblem("bind address", bind).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
        }
        if (backlog < 1 || backlog > 65535) {
            throw new IllegalArgumentException("the backlog must be between 1 and 65535, not " + backlog);
        }
        if (receiveBufferSize < 1 || receiveBufferSize > MAX_RECEIVE_BUFFER) {
            throw new IllegalArgumentException("the receive buffer must be between 1 and "
                    + MAX_RECEIVE_BUFFER + " bytes, not " + receiveBufferSize);
        }
        if (connectTimeoutMillis < 1 || connectTimeoutMillis > MAX_CONNECT_TIMEOUT) {
            throw new IllegalArgumentException("the connect timeout must be between 1 and " + MAX_CONNECT_TIMEOUT
                    + " ms, not " + connectTimeoutMillis);
        }
        if (family == null || role == null) {
            throw new IllegalArgumentException("the IP family and the role must be given");
        }
        host = host.strip();
        bind = bind.strip();
    }

    /**
     * Why {@code value} cannot be a host name or address, or empty when it can: names, IPv4 and IPv6
     * literals (bracketed or not, with a zone) and {@code *} use only letters, digits and {@code .-:_%[]*}.
     */
    public static java.util.Optional<String> addressProblem(String what, String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.of("the " + what + " must not be empty");
        }
        String text = value.strip();
        if (text.startsWith("-")) {
            return java.util.Optional.of("the " + what + " '" + text + "' starts with '-': is it an option?");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean fits = c < 128 && (Character.isLetterOrDigit(c) || ".-:_%[]*".indexOf(c) >= 0);
            if (!fits) {
                return java.util.Optional.of("the " + what + " '" + text + "' holds "
                        + (Character.isWhitespace(c) ? "a space" : "'" + c + "'") + ", which no host name or address has");
            }
        }
        return java.util.Optional.empty();
    }

    /** Settings with Java's own SO_REUSEADDR for the listener (see {@link #reuseAddress()}). */
    public LabSettings(String host, int port, int backlog, int receiveBufferSize, String bind, IpFamily family,
                       Role role, int connectTimeoutMillis) {
        this(host, port, backlog, receiveBufferSize, bind, family, role, connectTimeoutMillis, true);
    }

    /** Loopback settings for the given host and port; the server binds the same loopback address. */
    public LabSettings(String host, int port, int backlog, int receiveBufferSize) {
        this(host, port, backlog, receiveBufferSize, DEFAULT_HOST, IpFamily.V4, Role.BOTH, DEFAULT_CONNECT_TIMEOUT);
    }

    public static LabSettings defaults() {
        return new LabSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_BACKLOG, DEFAULT_RECEIVE_BUFFER);
    }

    /**
     * True when the bind address is the wildcard in any spelling ({@code 0}, {@code 000.000.000.000},
     * {@code ::ffff:0.0.0.0}, {@code [::]}, {@code *}...): decided from the address it resolves to, not
     * from the text. Only address literals are resolved here (no name lookup on every keystroke).
     */
    public boolean listensOnAllInterfaces() {
        return HostResolver.isWildcard(bind, family);
    }

    public LabSettings withHost(String newHost) {
        return new LabSettings(newHost, port, backlog, receiveBufferSize, bind,
                family, role, connectTimeoutMillis, reuseAddress);
    }

    public LabSettings withPort(int newPort) {
        return new LabSettings(host, newPort, backlog, receiveBufferSize, bind,
                family, role, connectTimeoutMillis, reuseAddress);
    }

    public LabSettings withBacklog(int newBacklog) {
        return new LabSettings(host, port, newBacklog, receiveBufferSize, bind,
                family, role, connectTimeoutMillis, reuseAddress);
    }

    public LabSettings withReceiveBufferSize(int size) {
        return new LabSettings(host, port, backlog, size, bind,
                family, role, connectTimeoutMillis, reuseAddress);
    }

    public LabSettings withBind(String newBind) {
        return new LabSettings(host, port, backlog, receiveBufferSize, newBind,
                family, role, connectTimeoutMillis, reuseAddress);
    }

    /** Switches family; loopback host and bind addresses follow to the new family's loopback. */
    public LabSettings withFamily(IpFamily newFamily) {
        String newHost = isLoopbackLiteral(host) ? newFamily.loopback() : host;
        String newBind = isLoopbackLiteral(bind) ? newFamily.loopback()
                : listensOnAllInterfaces() ? newFamily.any() : bind;
        return new LabSettings(newHost, port, backlog, receiveBufferSize, newBind,
                newFamily, role, connectTimeoutMillis, reuseAddress);
    }

    public LabSettings withRole(Role newRole) {
        return new LabSettings(host, port, backlog, receiveBufferSize, bind,
                family, newRole, connectTimeoutMillis, reuseAddress);
    }

    public LabSettings withConnectTimeout(int millis) {
        return new LabSettings(host, port, backlog, receiveBufferSize, bind,
                family, role, millis, reuseAddress);
    }

    /** The listener's SO_REUSEADDR: true as Java sets it, false turned off before bind(). */
    public LabSettings withReuseAddress(boolean on) {
        return new LabSettings(host, port, backlog, receiveBufferSize, bind,
                family, role, connectTimeoutMillis, on);
    }

    /** True when {@code other} listens somewhere else: another port, bind address or IP family. */
    public boolean listensElsewhere(LabSettings other) {
        return port != other.port || !bind.equals(other.bind) || family != other.family;
    }

    private static boolean isLoopbackLiteral(String address) {
        return address.equals("127.0.0.1") || address.equals("::1");
    }
}
