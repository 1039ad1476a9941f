package org.socketlab.ui.cards;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socketlab.ui.window.WindowDriver;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The board measures its cards once per layout pass, however often its scroll pane asks its height, and
 * plans again, right, when a card changes.
 */
@ExtendWith(ApplicationExtension.class)
class CardBoardPlanTest {
    private final CardBoard board = new CardBoard();
    private final Region server = card(120);
    private final Region worker = card(200);
    private final Region client = card(160);
    private ScrollPane scroll;

    private static Region card(double height) {
        Region card = new Region();
        card.setMinWidth(100);
        card.setPrefSize(200, height);
        return card;
    }

    @Start
    void start(Stage stage) {
        CardBoard.group(server, "server");
        CardBoard.group(worker, "workers");
        CardBoard.group(client, "clients");
        board.getChildren().addAll(server, worker, client);
        scroll = new ScrollPane(board);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 900, 600));
        stage.show();
    }

    @Test
    void onePlanPerPassAndANewOneWhenACardChanges() {
        WindowDriver.fx(() -> {
            scroll.applyCss();
            scroll.layout();
            long before = board.plans();
            worker.setPrefHeight(260); // a card grows: the board is asked to lay out again
            scroll.layout();
            assertThat(board.plans() - before).as("plans in one pass").isEqualTo(1);
            assertThat(worker.getHeight()).isEqualTo(260);
            assertThat(board.getHeight()).as("the board as tall as its tallest card and its gaps")
                    .isGreaterThanOrEqualTo(260);
            client.setPrefHeight(400);
            scroll.layout();
            assertThat(client.getHeight()).as("planned anew after the change").isEqualTo(400);
            assertThat(board.getHeight()).isGreaterThanOrEqualTo(400);
        });
    }

    @Test
    void aHeightAskedAfterACardChangedIsTheNewOne() {
        WindowDriver.fx(() -> {
            scroll.applyCss();
            scroll.layout();
            double before = board.prefHeight(800);
            worker.setPrefHeight(500); // asked again before any layout pass
            assertThat(board.prefHeight(800)).as("after the change").isGreaterThan(before).isGreaterThanOrEqualTo(500);
        });
    }
}
