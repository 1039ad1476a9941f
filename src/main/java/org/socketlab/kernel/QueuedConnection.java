package org.socketlab.kernel;

/**
 * A connection the kernel holds for a listener that nobody has accepted yet: the handshake is done (or,
 * in {@link TcpState#SYN_RECV}, under way), and step 5 will hand it to a worker.
 *
 * @param local  the listener's side ({@code 127.0.0.1:11000})
 * @param remote the connecting client's address
 * @param recvQueue bytes the client already sent on it, waiting to be read
 */
public record QueuedConnection(String local, String remote, TcpState state, long recvQueue) {
}
