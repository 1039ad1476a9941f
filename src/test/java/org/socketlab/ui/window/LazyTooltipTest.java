package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lazy tooltip is made when the pointer first enters its node, once, and then shows as any tooltip does; a
 * node's accessible help becomes one, in toolbars and segmented buttons too.
 */
@ExtendWith(ApplicationExtension.class)
class LazyTooltipTest {
    private final AtomicInteger made = new AtomicInteger();
    private Button button;
    private VBox box;
    private ToolBar bar;
    private Button unanswered;
    private final StringProperty answer = new SimpleStringProperty("");

    @Start
    void start(Stage stage) {
        button = new Button("Connect");
        button.setId("button");
        box = new VBox(new Label("a summary"), new Label("its Java call")); // as a card's status field

        box.setId("box");
        LazyTooltip.install(button, () -> {
            made.incrementAndGet();
            return new Tooltip("the latest answer");
        });
        LazyTooltip.install(box, () -> new Tooltip("a status field"));
        Button inBar = new Button("in a toolbar");
        inBar.setId("inBar");
        inBar.setAccessibleHelp("a toolbar's item");
        ToggleButton segment = new ToggleButton("segment");
        segment.setId("segment");
        segment.setAccessibleHelp("a segment");
        bar = new ToolBar(inBar, new SegmentedButton(segment));
        LazyTooltip.fromAccessibleHelp(bar);
        LazyTooltip.fromAccessibleHelp(bar); // a view inside another is walked with both: still one tooltip
        unanswered = new Button("Receive");
        unanswered.setId("unanswered");
        LazyTooltip.install(unanswered, () -> {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(answer); // as a step button's: its latest answer, none before the first
            return tip;
        });
        stage.setScene(new Scene(new VBox(new HBox(40, new Button("elsewhere"), button, box), bar,
                new HBox(new Button("away"), unanswered)), 600, 200));
        stage.show();
    }

    @Test
    void theTooltipIsMadeWhenThePointerFirstEntersAndThenShows(FxRobot robot) throws Exception {
        assertThat(WindowDriver.fx(button::getTooltip)).as("no tooltip before any pointer came").isNull();
        assertThat(made).hasValue(0);

        robot.moveTo("elsewhere").moveTo("#button").moveBy(2, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WindowDriver.fx(() -> button.getTooltip() != null
                && button.getTooltip().isShowing()));
        assertThat(WindowDriver.fx(() -> button.getTooltip().getText())).isEqualTo("the latest answer");

        robot.moveTo("elsewhere").moveTo("#button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(made).as("made once").hasValue(1);
    }

    @Test
    void aTooltipWithoutTextIsNotShownUntilItHasSome(FxRobot robot) throws Exception {
        robot.moveTo("away").moveTo("#unanswered").moveBy(2, 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowDriver.fx(unanswered::getTooltip)).as("no answer yet: no tooltip, not an empty box").isNull();

        WindowDriver.fx(() -> answer.set("WOULD BLOCK: nothing to read yet"));
        robot.moveTo("away").moveTo("#unanswered").moveBy(2, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WindowDriver.fx(() -> unanswered.getTooltip() != null
                && unanswered.getTooltip().isShowing()));
        WindowDriver.fx(() -> answer.set(""));
        assertThat(WindowDriver.fx(unanswered::getTooltip)).as("its text gone again").isNull();
    }

    @Test
    void aNodeThatIsNotAControlGetsItToo(FxRobot robot) throws Exception {
        robot.moveTo("elsewhere").moveTo("#box").moveBy(2, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WindowDriver.fx(() -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof Tooltip t && t.isShowing() && t.getText().equals("a status field"))));
    }

    @Test
    void anAccessibleHelpBecomesTheTooltipInsideToolbarsAndSegments(FxRobot robot) throws Exception {
        String[] ids = {"inBar", "segment"};
        for (String id : ids) {
            Control control = robot.lookup("#" + id).queryAs(Control.class);
            assertThat(WindowDriver.fx(control::getTooltip)).as("%s before the pointer came", id).isNull();
        }
        for (String id : ids) {
            Control control = robot.lookup("#" + id).queryAs(Control.class);
            robot.moveTo("elsewhere").moveTo("#" + id).moveBy(2, 1);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WindowDriver.fx(() -> control.getTooltip() != null
                    && control.getTooltip().isShowing()));
            assertThat(WindowDriver.fx(() -> control.getTooltip().getText())).isEqualTo(control.getAccessibleHelp());
        }
    }
}
