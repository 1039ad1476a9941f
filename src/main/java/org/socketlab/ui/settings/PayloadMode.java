package org.socketlab.ui.settings;

/** What Send sends: the time of day (as the seed dialog), the text typed, or a bulk of N bytes. */
public enum PayloadMode {
    TIME, TEXT, BULK
}
