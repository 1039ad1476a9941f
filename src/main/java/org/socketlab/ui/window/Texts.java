package org.socketlab.ui.window;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The window's text bundle ({@code i18n/messages*.properties}). */
public final class Texts {
    private Texts() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle("i18n.messages");
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(bundle().getString(key), bundle().getLocale()).format(args);
    }
}
