package org.socketlab.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.socketlab.engine.Lab;
import org.socketlab.engine.LabSettings;

/** The SocketLab window as a JavaFX application. Closing the window closes every socket and exits. */
public final class SocketLabApp extends Application {
    private Lab lab;

    @Override
    public void start(Stage stage) {
        lab = Lab.start(LabSettings.defaults());
        MainWindow.show(stage, lab);
    }

    @Override
    public void stop() {
        if (lab != null) {
            lab.close();
        }
    }
}
