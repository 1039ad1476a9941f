package org.socketlab.ui.model;

/** One language's version of the call a step made. */
public record CodeSnippet(String language, String code) {
}
