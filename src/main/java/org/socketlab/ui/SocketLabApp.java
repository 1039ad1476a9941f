package org.socketlab.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;

/** The SocketLab window as a JavaFX application. Closing the window closes every socket and exits. */
public final class SocketLabApp extends Application {
    private static volatile LabSettings initial = LabSettings.defaults();
    private Lab lab;

    /** The settings the window starts with (from the command line); call before launch. */
    public static void startWith(LabSettings settings) {
        initial = settings;
    }

    @Override
    public void start(Stage stage) {
        lab = Lab.start(initial);
        MainWindow.show(stage, lab);
    }

    @Override
    public void stop() {
        if (lab != null) {
            lab.close();
        }
    }
}
