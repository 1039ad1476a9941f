package org.socketlab.ui.window;

import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.socketlab.engine.Explain;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabResources;
import org.socketlab.engine.LabStartException;
import org.socketlab.engine.LabSettings;
import org.socketlab.lesson.Language;

/**
 * The SocketLab window as a JavaFX application. Closing the window closes every socket and exits. A new
 * language builds the window again on a new lab, in the same place on the screen. Where the operating system
 * refuses the lab its selector or its thread, a small window says so and what can be allowed, then SocketLab ends.
 */
public final class SocketLabApp extends Application {
    private static volatile LabSettings initial = LabSettings.defaults();
    private static volatile StartAhead ahead;
    private final LabResources os;
    private final Runnable exit;
    private Lab lab;
    private MainWindow window;
    private Stage stage;

    public SocketLabApp() {
        this(LabResources.SYSTEM, Platform::exit);
    }

    /** A window whose lab takes what {@code os} gives; {@code exit} ends SocketLab (tests keep the toolkit). */
    SocketLabApp(LabResources os, Runnable exit) {
        this.os = os;
        this.exit = exit;
    }

    /**
     * The settings the window starts with (from the command line); call before launch. {@code language} (which
     * sets the default locale) runs now, then the lab starts, both on a thread of their own while JavaFX starts
     * ({@link StartAhead}); the window takes the lab, and so the language, when it opens.
     */
    public static void startWith(LabSettings settings, Runnable language) {
        initial = settings;
        ahead = StartAhead.begin(settings, LabResources.SYSTEM, language);
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        open();
    }

    private void open() {
        StartAhead started = ahead;
        ahead = null; // a new language starts a new lab
        try {
            lab = started != null && started.os() == os ? started.lab() : Lab.start(initial, os);
        } catch (LabStartException e) {
            StartRefusal.show(Explain.text(e.explanation()), exit);
            return;
        }
        window = MainWindow.show(stage, lab);
        window.onLanguage(Language.codeOf(Locale.getDefault()), this::switchLanguage);
    }

    /** Speaks {@code code} from now on: asks first if the lab is in progress, since every socket closes. */
    private void switchLanguage(String code) {
        if (window.model().lesson().inProgress()
                && !Confirmation.ask(stage, "language.switch.title", "language.switch.ask")) {
            return;
        }
        LanguageChoice.remember(code);
        Locale.setDefault(Language.of(code).orElseThrow());
        window.dispose();
        open();
    }

    @Override
    public void stop() {
        if (lab != null) {
            lab.close();
        }
    }
}
