package org.socketlab.ui.cards;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.socketlab.ui.window.Texts;

/**
 * One receive in the received-data list: the byte count, the text and the hex, a line each, cut with "…"
 * where the card is narrower (the tooltip holds both whole). Every cell is as tall as the list's fixed cell
 * size (css: {@code .received}), so a list that grows by a receive a frame never measures its cells again.
 */
final class ReceivedCell extends ListCell<ReceivedChunk> {
    private final Label count = new Label();
    private final Label text = new Label();
    private final Label hex = new Label();
    private final VBox box = new VBox(count, text, hex);
    private final Tooltip whole = new Tooltip();

    ReceivedCell() {
        count.getStyleClass().add("received-count");
        text.getStyleClass().add("received-text");
        hex.getStyleClass().add("received-hex");
        listViewProperty().addListener((o, was, list) -> {
            box.maxWidthProperty().unbind();
            if (list != null) {
                box.maxWidthProperty().bind(list.widthProperty().subtract(24));
            }
        });
    }

    @Override
    protected void updateItem(ReceivedChunk chunk, boolean empty) {
        super.updateItem(chunk, empty);
        if (empty || chunk == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        count.setText(Texts.format("received.bytes", chunk.bytes()));
        text.setText(chunk.text());
        hex.setText(chunk.hex());
        whole.setText(chunk.text() + "\n" + chunk.hex());
        setGraphic(box);
        setTooltip(whole);
    }
}
