package org.socketlab.engine;

/**
 * One call SocketLab made for a step, exactly as made: the method, its arguments as shown, and what it
 * returned (a Java literal such as {@code 24}, {@code -1}, {@code false}, {@code null}, a short
 * description such as {@code a SocketChannel}, or {@code ""} for a void method) or what it threw.
 */
public record Call(String method, String arguments, String returned, String threw) {

    static Call returned(String method, String arguments, String value) {
        return new Call(method, arguments, value, "");
    }

    static Call threw(String method, String arguments, String exception) {
        return new Call(method, arguments, "", exception);
    }

    public boolean failed() {
        return !threw.isEmpty();
    }

    public boolean isVoid() {
        return !failed() && returned.isEmpty();
    }

    /** Short, for a list of calls: {@code key.cancel()}, {@code selector.selectNow() → 0}, {@code … threw …}. */
    public String shortText() {
        String head = method + "(" + arguments + ")";
        if (failed()) {
            return head + " threw " + threw;
        }
        return isVoid() ? head : head + " → " + returned;
    }

    /** {@code read(1024-byte buffer) returned 24}, {@code bind(…) returned}, {@code read() threw …}. */
    public String text() {
        String head = method + "(" + arguments + ")";
        if (failed()) {
            return head + " threw " + threw;
        }
        return isVoid() ? head + " returned" : head + " returned " + returned;
    }
}
