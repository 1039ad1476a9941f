package org.socketlab.engine;

import java.time.Instant;

/** One notification posted to one socket, with the lab as it was right after. */
public record NotificationEvent(SocketName socket, Notification notification, Wsa error, Instant time,
                                String thread, LabSnapshot after) implements LabUpdate {
}
