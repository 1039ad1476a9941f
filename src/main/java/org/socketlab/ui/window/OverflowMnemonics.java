package org.socketlab.ui.window;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * A toolbar button's key (Alt and its underlined letter) does what a click does, also while the button sits in
 * the overflow menu (»). JavaFX moves an item that does not fit out of the bar into that menu, and a node outside
 * the window's scene has no key: at 1024×768 Alt+W did nothing while Network… was in the menu. And JavaFX's key of
 * a toggle button only sends it an action event, which does not toggle it: Alt+W did nothing in the bar either.
 * The toolbar's window gets a filter that fires such a button as a click does; a plain button in the bar keeps
 * JavaFX's own handling (the filter leaves the key). Menu buttons are left out: their menu would open beside a
 * button that is not on screen.
 */
final class OverflowMnemonics implements EventHandler<KeyEvent> {
    private final ToolBar bar;

    private OverflowMnemonics(ToolBar bar) {
        this.bar = bar;
    }

    /**
     * Gives the buttons of {@code bar} their keys, in whatever window it is shown. The filter is the window's: a
     * key reaches it before the scene's own mnemonics, which would take it first.
     */
    static void install(ToolBar bar) {
        OverflowMnemonics keys = new OverflowMnemonics(bar);
        ObservableValue<Window> window = bar.sceneProperty().flatMap(Scene::windowProperty);
        window.addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        if (window.getValue() != null) {
            window.getValue().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }

    @Override
    public void handle(KeyEvent key) {
        if (!key.isAltDown() || key.isControlDown() || key.isMetaDown() || key.isShiftDown()
                || !key.getCode().isLetterKey() && !key.getCode().isDigitKey()) {
            return;
        }
        String letter = key.getCode().getChar().toLowerCase(Locale.ROOT);
        for (Node item : bar.getItems()) {
            if (item instanceof ButtonBase button && !(button instanceof MenuButton) && button.isMnemonicParsing()
                    && (item.getScene() != bar.getScene() || button instanceof ToggleButton)
                    && item.isVisible() && item.isManaged()
                    && !button.isDisabled() && mnemonic(button.getText()).filter(letter::equals).isPresent()) {
                button.fire();
                key.consume();
                return;
            }
        }
    }

    /** The letter a text underlines ("Net_work…": w), in lower case; "__" is an underscore, not a mnemonic. */
    static Optional<String> mnemonic(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '_') {
                if (text.charAt(i + 1) != '_') {
                    return Optional.of(String.valueOf(text.charAt(i + 1)).toLowerCase(Locale.ROOT));
                }
                i++;
            }
        }
        return Optional.empty();
    }
}
