package org.socketlab.engine;

/**
 * How many times each notification was posted to one socket, and the error codes that came with the
 * last OnConnect and OnClose (0 = success).
 */
public record Counters(int accept, int connect, int send, int receive, int close, int oob,
                       int connectError, int closeError) {
    public static final Counters ZERO = new Counters(0, 0, 0, 0, 0, 0, 0, 0);

    public Counters plus(Notification n, int error) {
        return switch (n) {
            case ACCEPT -> new Counters(accept + 1, connect, send, receive, close, oob, connectError, closeError);
            case CONNECT -> new Counters(accept, connect + 1, send, receive, close, oob, error, closeError);
            case SEND -> new Counters(accept, connect, send + 1, receive, close, oob, connectError, closeError);
            case RECEIVE -> new Counters(accept, connect, send, receive + 1, close, oob, connectError, closeError);
            case CLOSE -> new Counters(accept, connect, send, receive, close + 1, oob, connectError, error);
            case OOB -> new Counters(accept, connect, send, receive, close, oob + 1, connectError, closeError);
        };
    }

    public int count(Notification n) {
        return switch (n) {
            case ACCEPT -> accept;
            case CONNECT -> connect;
            case SEND -> send;
            case RECEIVE -> receive;
            case CLOSE -> close;
            case OOB -> oob;
        };
    }
}
