package org.socketlab.kernel;

/**
 * A connection in a listener's accept queue, which nobody has accepted yet: its handshake is done
 * ({@link TcpState#ESTABLISHED}, or {@link TcpState#CLOSE_WAIT} when the client already sent FIN), and step 5
 * will hand it to a worker. A handshake still under way ({@link TcpState#SYN_RECV}) is in the SYN queue,
 * not here.
 *
 * @param local  the listener's side ({@code 127.0.0.1:11000})
 * @param remote the connecting client's address
 * @param recvQueue bytes the client already sent on it, waiting to be read
 */
public record QueuedConnection(String local, String remote, TcpState state, long recvQueue) {
}
