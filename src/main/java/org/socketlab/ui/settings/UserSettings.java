package org.socketlab.ui.settings;

import org.socketlab.engine.IpFamily;
import org.socketlab.engine.Role;

/** The user's own settings while a lesson pins its own (see {@link SettingsViewModel#useLesson}). */
record UserSettings(String host, String port, String buffer, PayloadMode mode, String text, String bulk,
                    Role role, IpFamily family, String bind, int backlog, boolean reuseAddress) {

    UserSettings(SettingsViewModel s) {
        this(s.hostProperty().get(), s.portProperty().get(), s.bufferProperty().get(), s.payloadModeProperty().get(),
                s.payloadTextProperty().get(), s.bulkSizeProperty().get(), s.roleProperty().get(),
                s.familyProperty().get(), s.bindProperty().get(), s.backlog(), s.reuseAddress());
    }

    void restore(SettingsViewModel s) {
        s.familyProperty().set(family);
        s.hostProperty().set(host);
        s.bindProperty().set(bind);
        s.portProperty().set(port);
        s.roleProperty().set(role);
        s.bufferProperty().set(buffer);
        s.payloadModeProperty().set(mode);
        s.payloadTextProperty().set(text);
        s.bulkSizeProperty().set(bulk);
        s.listenWith(backlog, reuseAddress);
    }
}
