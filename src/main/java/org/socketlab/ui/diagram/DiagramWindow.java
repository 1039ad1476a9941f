package org.socketlab.ui.diagram;

import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.socketlab.ui.window.FxmlView;
import org.socketlab.ui.window.MainWindow;
import org.socketlab.ui.window.Texts;

/**
 * The sequence diagram in a window of its own, beside the main window or on the projector: the same
 * Diagram view bound to the same view model, with the main window's theme and zoom. One at a time; it
 * closes with the main window.
 */
final class DiagramWindow {
    private static final double WIDTH_EMS = 64;
    private static final double HEIGHT_EMS = 48;
    private Stage stage;

    /** Shows the window (or brings it to the front). */
    void show(DiagramViewModel model, Parent mainRoot) {
        if (stage != null) {
            stage.toFront();
            return;
        }
        FxmlView<DiagramController> view = FxmlView.load("diagram.fxml");
        Parent content = view.root();
        DiagramController controller = view.controller();
        controller.bind(model);
        controller.inOwnWindow();
        StackPane root = new StackPane(content);
        root.setId("diagramWindowRoot");
        // The palette and the type size live on the main window's root: follow both.
        ListChangeListener<String> styles = c -> root.getStyleClass().setAll(mainRoot.getStyleClass());
        root.getStyleClass().setAll(mainRoot.getStyleClass());
        mainRoot.getStyleClass().addListener(styles);
        root.styleProperty().bind(mainRoot.styleProperty());
        double em = controller.typeSize();
        Scene scene = new Scene(root, WIDTH_EMS * em, HEIGHT_EMS * em);
        for (String sheet : MainWindow.STYLESHEETS) {
            scene.getStylesheets().add(DiagramWindow.class.getResource(sheet).toExternalForm());
        }
        stage = new Stage();
        Window owner = mainRoot.getScene().getWindow();
        stage.initOwner(owner);
        stage.setTitle(Texts.bundle().getString("diagram.window.title"));
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            mainRoot.getStyleClass().removeListener(styles);
            root.styleProperty().unbind();
            stage = null;
        });
        stage.show();
    }
}
