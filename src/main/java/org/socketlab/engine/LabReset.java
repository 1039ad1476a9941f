package org.socketlab.engine;

import java.time.Instant;

/** Published when Reset has closed every socket and forgotten them. */
public record LabReset(Instant time, String thread, LabSnapshot after) implements LabUpdate {
}
