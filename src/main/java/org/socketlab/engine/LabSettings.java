package org.socketlab.engine;

/**
 * The lab's settings.
 *
 * @param host              where clients connect and where the server listens
 * @param port              the server's port; 0 lets the OS choose and clients then use the bound port
 * @param backlog           the listen backlog
 * @param receiveBufferSize how many bytes one Receive asks for (small values show partial reads)
 */
public record LabSettings(String host, int port, int backlog, int receiveBufferSize) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The port Microsoft's asynchronous socket sample listens on. */
    public static final int DEFAULT_PORT = 11000;
    public static final int DEFAULT_BACKLOG = 100;
    /** The buffer size of Microsoft's asynchronous socket sample. */
    public static final int DEFAULT_RECEIVE_BUFFER = 1024;
    public static final int MAX_RECEIVE_BUFFER = 1 << 20;

    public LabSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the host must not be empty");
        }
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
        host = host.strip();
    }

    public static LabSettings defaults() {
        return new LabSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_BACKLOG, DEFAULT_RECEIVE_BUFFER);
    }

    public LabSettings withHost(String newHost) {
        return new LabSettings(newHost, port, backlog, receiveBufferSize);
    }

    public LabSettings withPort(int newPort) {
        return new LabSettings(host, newPort, backlog, receiveBufferSize);
    }

    public LabSettings withBacklog(int newBacklog) {
        return new LabSettings(host, port, newBacklog, receiveBufferSize);
    }

    public LabSettings withReceiveBufferSize(int size) {
        return new LabSettings(host, port, backlog, size);
    }
}
