package org.socketlab.ui.model;

import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.socketlab.engine.LabSettings;
import org.socketlab.engine.Payload;
import org.socketlab.engine.StepLanguage;

/**
 * The settings fields as typed, each with its validation message ("" when valid). Valid settings are
 * handed to the lab as soon as they are typed; invalid ones are refused in the field.
 */
public final class SettingsViewModel {
    private final ResourceBundle text;
    private final StringProperty host = new SimpleStringProperty(LabSettings.DEFAULT_HOST);
    private final StringProperty port;
    private final StringProperty buffer = new SimpleStringProperty(Integer.toString(LabSettings.DEFAULT_RECEIVE_BUFFER));
    private final ObjectProperty<PayloadMode> payloadMode = new SimpleObjectProperty<>(PayloadMode.TIME);
    private final StringProperty payloadText = new SimpleStringProperty("Hello, TCP");
    private final StringProperty bulkSize = new SimpleStringProperty("8388608");
    private final ReadOnlyStringWrapper hostError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper portError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bufferError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper payloadError = new ReadOnlyStringWrapper("");
    private final int backlog;

    SettingsViewModel(LabSettings initial, ResourceBundle text, Consumer<LabSettings> onValid) {
        this.text = text;
        this.backlog = initial.backlog();
        host.set(initial.host());
        port = new SimpleStringProperty(Integer.toString(initial.port()));
        buffer.set(Integer.toString(initial.receiveBufferSize()));
        for (Observable field : new Observable[] {host, port, buffer}) {
            field.addListener(o -> validate().ifPresent(onValid));
        }
        for (Observable field : new Observable[] {payloadMode, payloadText, bulkSize}) {
            field.addListener(o -> validatePayload());
        }
        validate();
        validatePayload();
    }

    /** Checks host, port and buffer; returns the settings when all are valid. */
    Optional<LabSettings> validate() {
        String h = host.get() == null ? "" : host.get().strip();
        hostError.set(h.isEmpty() ? text.getString("settings.error.host") : "");
        Optional<Integer> p = whole(port.get(), 0, 65535);
        portError.set(p.isEmpty() ? text.getString("settings.error.port") : "");
        Optional<Integer> b = whole(buffer.get(), 1, LabSettings.MAX_RECEIVE_BUFFER);
        bufferError.set(b.isEmpty() ? text.getString("settings.error.buffer") : "");
        if (!hostError.get().isEmpty() || p.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LabSettings(h, p.get(), backlog, b.get()));
    }

    private void validatePayload() {
        String error = "";
        if (payloadMode.get() == PayloadMode.TEXT && (payloadText.get() == null || payloadText.get().isEmpty())) {
            error = text.getString("settings.error.text");
        } else if (payloadMode.get() == PayloadMode.BULK && whole(bulkSize.get(), 1, (int) StepLanguage.MAX_BULK).isEmpty()) {
            error = text.getString("settings.error.bulk");
        }
        payloadError.set(error);
    }

    /** The payload a Send click sends; falls back to the time of day while the payload field is invalid. */
    Payload payload() {
        if (!payloadError.get().isEmpty()) {
            return Payload.DEFAULT;
        }
        return switch (payloadMode.get()) {
            case TIME -> Payload.DEFAULT;
            case TEXT -> new Payload.Text(payloadText.get());
            case BULK -> new Payload.Bulk(Integer.parseInt(bulkSize.get().strip()));
        };
    }

    private static Optional<Integer> whole(String value, int min, int max) {
        if (value == null || !value.strip().matches("[0-9]{1,10}")) {
            return Optional.empty();
        }
        long n = Long.parseLong(value.strip());
        return n < min || n > max ? Optional.empty() : Optional.of((int) n);
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty bufferProperty() {
        return buffer;
    }

    public ObjectProperty<PayloadMode> payloadModeProperty() {
        return payloadMode;
    }

    public StringProperty payloadTextProperty() {
        return payloadText;
    }

    public StringProperty bulkSizeProperty() {
        return bulkSize;
    }

    public ReadOnlyStringProperty hostErrorProperty() {
        return hostError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty portErrorProperty() {
        return portError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bufferErrorProperty() {
        return bufferError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty payloadErrorProperty() {
        return payloadError.getReadOnlyProperty();
    }
}
