package org.socketlab.ui.window;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Optional;
import java.util.ResourceBundle;
import org.socketlab.engine.Role;
import org.socketlab.engine.SocketName;
import org.socketlab.ui.cards.StatusView;

/**
 * What a numbered key says in a window that plays one side only, when the key's socket belongs to the
 * other side: a plain sentence (a {@link StatusView#hint hint}, no error), numbered so a repeated key
 * gives a new value.
 */
final class RoleHints {
    private final ResourceBundle text;
    private long given;

    RoleHints(ResourceBundle text) {
        this.text = text;
    }

    /** The hint for key {@code number} on {@code socket}, or empty when this role has that socket. */
    Optional<StatusView> forKey(Role role, int number, SocketName socket) {
        if (role.has(socket.kind())) {
            return Optional.empty();
        }
        String sentence = MessageFormat.format(
                text.getString("role.hint." + role.word() + "." + socket.kind().prefix()), number);
        return Optional.of(StatusView.hint(sentence, ++given, Instant.now()));
    }

    /** How the status bar names the key, e.g. "Key 3". */
    String keyName(int number) {
        return MessageFormat.format(text.getString("role.hint.key"), number);
    }
}
