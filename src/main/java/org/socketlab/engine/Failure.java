package org.socketlab.engine;

/** A failed call as the lab reports it: POSIX errno name, Winsock code, and the explanation's key. */
record Failure(String errno, Wsa wsa, String explanationKey) {
}
