package org.socketlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The SocketLab window. */
public final class SocketLabApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("SocketLab");
        stage.setScene(new Scene(new Label("SocketLab"), 640, 400));
        stage.show();
    }
}
