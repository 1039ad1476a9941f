package org.socketlab.ui.model;

/** What Send sends: the time of day (as the seed dialog), the text typed, or a bulk of N bytes. */
public enum PayloadMode {
    TIME, TEXT, BULK
}
