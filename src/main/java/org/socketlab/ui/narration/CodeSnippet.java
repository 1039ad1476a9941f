package org.socketlab.ui.narration;

/** One language's version of the call a step made. */
public record CodeSnippet(String language, String code) {
}
