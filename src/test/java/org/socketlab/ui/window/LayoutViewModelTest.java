package org.socketlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the window arranges itself at the classroom's screen sizes and zooms. */
class LayoutViewModelTest {
    private final LayoutViewModel layout = new LayoutViewModel();

    private void zoomTo(int percent) {
        layout.zoomReset();
        while (layout.zoomPercentProperty().get() < percent) {
            layout.zoomIn();
        }
    }

    @Test
    void aBigMonitorHasRoomForEverything() {
        layout.resize(1600, 1000);
        assertThat(layout.densityProperty().get()).isEqualTo(Density.ROOMY);
        assertThat(layout.sidePanesShownProperty().get()).isTrue();
    }

    @Test
    void laptopScreensAreCompactAndKeepTheSidePanesWhereTheyFit() {
        layout.resize(1366, 768);
        assertThat(layout.densityProperty().get()).isEqualTo(Density.COMPACT);
        assertThat(layout.sidePanesShownProperty().get()).isTrue();
        layout.resize(1024, 768);
        assertThat(layout.densityProperty().get()).isEqualTo(Density.COMPACT);
        assertThat(layout.sidePanesShownProperty().get()).as("the cards need the width at 1024").isFalse();
    }

    @Test
    void zoomingInFoldsMoreInsteadOfScaling() {
        layout.resize(1280, 720);
        zoomTo(150);
        assertThat(layout.zoomPercentProperty().get()).isEqualTo(150);
        assertThat(layout.fontPx()).isEqualTo(21.0);
        assertThat(layout.densityProperty().get()).isEqualTo(Density.TIGHT);
        assertThat(layout.sidePanesShownProperty().get()).isFalse();
        layout.zoomReset();
        assertThat(layout.densityProperty().get()).isEqualTo(Density.COMPACT);
    }

    @Test
    void zoomStopsAtItsEnds() {
        for (int i = 0; i < 20; i++) {
            layout.zoomIn();
        }
        assertThat(layout.zoomPercentProperty().get()).isEqualTo(200);
        for (int i = 0; i < 20; i++) {
            layout.zoomOut();
        }
        assertThat(layout.zoomPercentProperty().get()).isEqualTo(75);
    }

    @Test
    void presentationIsLargerFullScreenAndShowsNoSidePanes() {
        layout.resize(1600, 1000);
        layout.togglePresentation();
        assertThat(layout.zoomPercentProperty().get()).isEqualTo(125);
        assertThat(layout.fullScreenProperty().get()).isTrue();
        assertThat(layout.sidePanesShownProperty().get()).isFalse();
        layout.toggleSidePanes();
        assertThat(layout.sidePanesShownProperty().get()).as("presentation keeps them folded").isFalse();
        layout.togglePresentation();
        assertThat(layout.zoomPercentProperty().get()).isEqualTo(100);
        assertThat(layout.fullScreenProperty().get()).isFalse();
    }

    @Test
    void presentationOnALaptopKeepsTheHeadersWholeAnswer() {
        layout.resize(1366, 768);
        layout.togglePresentation();
        assertThat(layout.densityProperty().get()).isEqualTo(Density.COMPACT);
        layout.resize(1024, 768);
        assertThat(layout.densityProperty().get()).as("too narrow for three cards at 125%").isEqualTo(Density.TIGHT);
    }

    @Test
    void theUsersSidePaneChoiceHoldsAtAnySize() {
        layout.resize(1024, 768);
        layout.toggleSidePanes();
        assertThat(layout.sidePanesShownProperty().get()).isTrue();
        layout.resize(1600, 1000);
        layout.toggleSidePanes();
        assertThat(layout.sidePanesShownProperty().get()).isFalse();
    }

    @Test
    void whereTheCardsKeepNoRoomBesideThemTheSidePanesLieOverThemAndEscClosesThem() {
        layout.resize(1366, 768);
        assertThat(layout.sidePanesOverProperty().get()).as("beside the cards at 1366").isFalse();
        assertThat(layout.closeSidePanesOver()).as("Esc leaves panes beside the cards alone").isFalse();
        assertThat(layout.sidePanesShownProperty().get()).isTrue();
        layout.resize(1024, 768);
        assertThat(layout.sidePanesOverProperty().get()).as("over the cards at 1024").isTrue();
        assertThat(layout.closeSidePanesOver()).as("nothing to close while hidden").isFalse();
        layout.toggleSidePanes();
        assertThat(layout.sidePanesShownProperty().get()).isTrue();
        assertThat(layout.closeSidePanesOver()).isTrue();
        assertThat(layout.sidePanesShownProperty().get()).isFalse();
        layout.zoomOut();
        layout.zoomOut();
        assertThat(layout.zoomPercentProperty().get()).isEqualTo(75);
        assertThat(layout.sidePanesOverProperty().get()).as("zoomed out, the cards keep room at 1024").isFalse();
    }

    @Test
    void fullScreenTogglesInEveryMode() {
        layout.toggleFullScreen();
        assertThat(layout.fullScreenProperty().get()).isTrue();
        layout.toggleFullScreen();
        assertThat(layout.fullScreenProperty().get()).isFalse();
    }
}
