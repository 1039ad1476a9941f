package org.socketlab.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/** What an endpoint may ask of the lab around it; implemented by {@link LabCore}. */
interface EndpointContext {
    Selector selector();

    LabSettings settings();

    /** The recorder of the step now running, or of the selector thread's own work between steps. */
    SocketCalls calls();

    /** Counts a notification for the endpoint and publishes it (after the running step's result, if any). */
    void post(Endpoint<?> endpoint, Notification notification, Wsa error);

    /** Runs {@code work} on the selector thread after the running step's result is published (now if none). */
    void afterStep(Runnable work);

    InetSocketAddress listenAddress() throws AddressProblem;

    InetSocketAddress connectAddress() throws AddressProblem;

    /** The server was given {@code port} by a Listen: with port 0 set, later Listens and Connects use it. */
    void listened(int port);

    /** Wraps a channel that accept() returned as the next worker, and returns its picture. */
    SocketView adopt(SocketChannel accepted) throws IOException;
}
