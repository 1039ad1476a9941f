package org.socketlab.ui.cards;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.socketlab.ui.window.Texts;

/** One receive in the received-data list: byte count and text on one line, hex below. */
final class ReceivedCell extends ListCell<ReceivedChunk> {
    private final Label count = new Label();
    private final Label text = new Label();
    private final Label hex = new Label();
    private final VBox box = new VBox(count, text, hex);

    ReceivedCell() {
        count.getStyleClass().add("received-count");
        text.getStyleClass().add("received-text");
        hex.getStyleClass().add("received-hex");
    }

    @Override
    protected void updateItem(ReceivedChunk chunk, boolean empty) {
        super.updateItem(chunk, empty);
        if (empty || chunk == null) {
            setGraphic(null);
            return;
        }
        box.maxWidthProperty().bind(getListView().widthProperty().subtract(24));
        count.setText(Texts.format("received.bytes", chunk.bytes()));
        text.setText(chunk.text());
        hex.setText(chunk.hex());
        setGraphic(box);
    }
}
