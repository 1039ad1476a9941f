package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The window opens inside the screen, never at negative coordinates, and where the user left it. */
class WindowPlacementTest {
    private final Preferences memory = Preferences.userRoot().node("org/socketlab/test-window-" + ProcessHandle.current().pid());

    @AfterEach
    void forget() throws Exception {
        memory.removeNode();
    }

    @Test
    void aSmallScreenGetsTheWholeScreenNeverNegativeCoordinates() {
        for (Rectangle2D screen : new Rectangle2D[] {new Rectangle2D(0, 0, 1366, 768),
            new Rectangle2D(0, 0, 1280, 720), new Rectangle2D(0, 0, 1024, 768), new Rectangle2D(0, 27, 1366, 741)}) {
            Rectangle2D at = new WindowPlacement(null).placeOn(screen);
            assertThat(at.getMinX()).as("x on %s", screen).isGreaterThanOrEqualTo(screen.getMinX());
            assertThat(at.getMinY()).as("y on %s", screen).isGreaterThanOrEqualTo(screen.getMinY());
            assertThat(screen.contains(at)).as("%s inside %s", at, screen).isTrue();
            assertThat(WindowPlacement.fills(at, screen)).as("maximised on %s", screen).isTrue();
        }
    }

    @Test
    void aBigScreenGetsThePreferredSizeCentred() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1920, 1080);
        Rectangle2D at = new WindowPlacement(null).placeOn(screen);
        assertThat(at).isEqualTo(new Rectangle2D(160, 40, 1600, 1000));
        assertThat(WindowPlacement.fills(at, screen)).isFalse();
    }

    @Test
    void aRememberedPlaceIsUsedOnlyOnAScreenOfTheSameSizeAndOnlyIfItStillFits() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1920, 1080);
        memory.put("screen-1920x1080", "100,50,1200,800");
        assertThat(new WindowPlacement(memory).placeOn(screen)).isEqualTo(new Rectangle2D(100, 50, 1200, 800));
        Rectangle2D laptop = new Rectangle2D(0, 0, 1366, 768);
        assertThat(new WindowPlacement(memory).placeOn(laptop)).as("another screen size")
                .isEqualTo(new Rectangle2D(0, 0, 1366, 768));
        memory.put("screen-1920x1080", "-300,50,1200,800");
        assertThat(new WindowPlacement(memory).placeOn(screen).getMinX()).as("off-screen memory ignored")
                .isEqualTo(160);
        memory.put("screen-1920x1080", "garbage");
        assertThat(new WindowPlacement(memory).placeOn(screen).getMinX()).isEqualTo(160);
    }
}
