package org.socketlab.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.validation.ValidationSupport;
import org.socketlab.engine.IpFamily;
import org.socketlab.ui.window.FxmlView;
import org.socketlab.ui.window.Texts;
import org.socketlab.ui.window.Toggles;
import org.socketlab.ui.window.Visibility;

/**
 * Binds the network settings row (bind address, IP family, connect timeout), built the first time it shows, and
 * the all-interfaces warning.
 */
public final class NetworkController {
    @FXML
    private FlowPane networkBar;
    @FXML
    private TextField bindField;
    @FXML
    private SegmentedButton familyModes;
    @FXML
    private ToggleButton familyV4;
    @FXML
    private ToggleButton familyV6;
    @FXML
    private TextField timeoutField;
    @FXML
    private Label localAddresses;
    @FXML
    private Label networkWarning;

    public void bind(SettingsViewModel s, ObservableValue<Boolean> shown) {
        Visibility.showWhen(networkBar, shown);
        Visibility.showWhen(networkWarning, s.allInterfacesProperty());
        Visibility.buildWhenFirstShown(shown, () -> buildBar(s));
    }

    /** The row, built the first time it shows (settings-network-bar.fxml): most lessons never open it. */
    private void buildBar(SettingsViewModel s) {
        FxmlView.fill("settings-network-bar.fxml", networkBar, this);
        bindField.textProperty().bindBidirectional(s.bindProperty());
        timeoutField.textProperty().bindBidirectional(s.timeoutProperty());
        Toggles.oneAlwaysChosen(familyModes.getToggleGroup(),
                s.familyProperty().get() == IpFamily.V4 ? familyV4 : familyV6,
                data -> s.familyProperty().set(IpFamily.valueOf(data)));
        localAddresses.textProperty().bind(Bindings.createStringBinding(() ->
                s.localAddressesProperty().get().isEmpty() ? Texts.bundle().getString("network.addresses.none")
                        : Texts.format("network.addresses", s.localAddressesProperty().get()),
                s.localAddressesProperty()));
        ValidationSupport validation = new ValidationSupport();
        ToolbarController.refuseWhen(validation, bindField, s.bindErrorProperty());
        ToolbarController.refuseWhen(validation, timeoutField, s.timeoutErrorProperty());
    }
}
