package org.socketlab.os;

import java.util.Locale;

/**
 * The operating system the lab runs on, as far as socket behaviour differs: Linux, macOS, Windows, or another
 * (a BSD, say), which is treated like Linux wherever a fact is the same on every Unix and named as itself
 * wherever it is not.
 */
public enum OsKind {
    LINUX("linux"),
    MACOS("macos"),
    WINDOWS("windows"),
    OTHER("other");

    private static final OsKind CURRENT = of(System.getProperty("os.name", ""));

    private final String word;

    OsKind(String word) {
        this.word = word;
    }

    /** The system this JVM runs on. */
    public static OsKind current() {
        return CURRENT;
    }

    /** The kind named by a JVM's {@code os.name} ("Linux", "Mac OS X", "Windows 11", "FreeBSD"). */
    public static OsKind of(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MACOS;
        }
        if (name.startsWith("linux")) {
            return LINUX;
        }
        return OTHER;
    }

    /** The lower-case word used in files and flags: {@code linux}, {@code macos}, {@code windows}, {@code other}. */
    public String word() {
        return word;
    }

    /** The kind a word names ({@link #word()}), or {@code null} for no such word. */
    public static OsKind byWord(String word) {
        for (OsKind kind : values()) {
            if (kind.word.equals(word.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }
}
