package org.socketlab.ui.settings;

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
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.socketlab.engine.IpFamily;
import org.socketlab.engine.LabSettings;
import org.socketlab.lesson.Setup;
import org.socketlab.engine.LocalAddresses;
import org.socketlab.engine.Role;
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
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.BOTH);
    private final ObjectProperty<IpFamily> family = new SimpleObjectProperty<>(IpFamily.V4);
    private final StringProperty bind = new SimpleStringProperty(LabSettings.DEFAULT_HOST);
    private final StringProperty timeout = new SimpleStringProperty(Integer.toString(LabSettings.DEFAULT_CONNECT_TIMEOUT));
    private final ReadOnlyStringWrapper bindError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeoutError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper allInterfaces = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper localAddresses = new ReadOnlyStringWrapper("");
    private final int initialBacklog;
    private final String initialPort;
    /** The user's settings while a lesson's are pinned; null otherwise. */
    private UserSettings saved;
    private boolean applying;
    private final Consumer<LabSettings> onValid;
    private int backlog;
    /** The listener's SO_REUSEADDR: Java's (on) unless the command line or a lesson turned it off. */
    private boolean reuseAddress;

    public SettingsViewModel(LabSettings initial, ResourceBundle text, Consumer<LabSettings> onValid) {
        this.text = text;
        this.initialBacklog = initial.backlog();
        this.initialPort = Integer.toString(initial.port());
        this.backlog = initialBacklog;
        this.reuseAddress = initial.reuseAddress();
        this.onValid = onValid;
        host.set(initial.host());
        port = new SimpleStringProperty(Integer.toString(initial.port()));
        buffer.set(Integer.toString(initial.receiveBufferSize()));
        role.set(initial.role());
        family.set(initial.family());
        bind.set(initial.bind());
        timeout.set(Integer.toString(initial.connectTimeoutMillis()));
        showLocalAddresses();
        family.addListener(o -> showLocalAddresses());
        family.addListener((o, was, now) -> {
            // loopback addresses follow the family; anything typed by hand stays as typed
            if (host.get().equals(was.loopback())) {
                host.set(now.loopback());
            }
            if (bind.get().equals(was.loopback())) {
                bind.set(now.loopback());
            } else if (bind.get().equals(was.any())) {
                bind.set(now.any());
            }
        });
        for (Observable field : new Observable[] {host, port, buffer, role, family, bind, timeout}) {
            field.addListener(o -> {
                if (!applying) {
                    validate().ifPresent(onValid);
                }
            });
        }
        for (Observable field : new Observable[] {payloadMode, payloadText, bulkSize}) {
            field.addListener(o -> validatePayload());
        }
        validate();
        validatePayload();
    }

    /**
     * Pins a lesson's settings (shown in their fields) and applies them at once: the user's own are kept
     * until {@link #restoreUser()}. The lab hears one change, not one per field.
     */
    public void useLesson(Setup setup) {
        if (saved == null) {
            saved = new UserSettings(this);
        }
        applying = true;
        try {
            family.set(setup.family());
            host.set(setup.family().loopback());
            bind.set(setup.family().loopback());
            port.set(setup.port().isPresent() ? Integer.toString(setup.port().getAsInt()) : initialPort);
            role.set(setup.role());
            buffer.set(Integer.toString(setup.receiveBuffer()));
            backlog = setup.backlog().orElse(initialBacklog);
            reuseAddress = setup.reuseAddress();
            if (setup.send() instanceof Payload.Text t) {
                payloadMode.set(PayloadMode.TEXT);
                payloadText.set(t.text());
            } else if (setup.send() instanceof Payload.Bulk b) {
                payloadMode.set(PayloadMode.BULK);
                bulkSize.set(Long.toString(b.size()));
            } else {
                payloadMode.set(PayloadMode.TIME);
            }
        } finally {
            applying = false;
        }
        validate().ifPresent(onValid);
    }

    /** Puts back the settings the user had before the first lesson pinned its own; nothing if none did. */
    public void restoreUser() {
        if (saved == null) {
            return;
        }
        applying = true;
        try {
            saved.restore(this);
        } finally {
            applying = false;
            saved = null;
        }
        validate().ifPresent(onValid);
    }

    int backlog() {
        return backlog;
    }

    boolean reuseAddress() {
        return reuseAddress;
    }

    /** The listen options no field shows: the backlog and SO_REUSEADDR. */
    void listenWith(int newBacklog, boolean reuse) {
        backlog = newBacklog;
        reuseAddress = reuse;
    }

    /** True while a lesson's settings are being put in: a change of role or family then starts no reset. */
    public boolean applyingLesson() {
        return applying;
    }

    /** Lists this computer's addresses in the chosen family (not on every keystroke: it asks the OS). */
    private void showLocalAddresses() {
        localAddresses.set(String.join(", ", LocalAddresses.list(family.get())));
    }

    /** Checks host, port and buffer; returns the settings when all are valid. */
    Optional<LabSettings> validate() {
        String h = host.get() == null ? "" : host.get().strip();
        hostError.set(h.isEmpty() ? text.getString("settings.error.host")
                : LabSettings.addressProblem("host", h).isPresent() ? text.getString("settings.error.host.invalid") : "");
        Optional<Integer> p = whole(port.get(), 0, 65535);
        portError.set(p.isEmpty() ? text.getString("settings.error.port") : "");
        Optional<Integer> b = whole(buffer.get(), 1, LabSettings.MAX_RECEIVE_BUFFER);
        bufferError.set(b.isEmpty() ? text.getString("settings.error.buffer") : "");
        String a = bind.get() == null ? "" : bind.get().strip();
        bindError.set(a.isEmpty() ? text.getString("settings.error.bind")
                : LabSettings.addressProblem("bind address", a).isPresent() ? text.getString("settings.error.bind.invalid") : "");
        Optional<Integer> t = whole(timeout.get(), 1, LabSettings.MAX_CONNECT_TIMEOUT);
        timeoutError.set(t.isEmpty() ? text.getString("settings.error.timeout") : "");
        if (!hostError.get().isEmpty() || p.isEmpty() || b.isEmpty() || !bindError.get().isEmpty() || t.isEmpty()) {
            return Optional.empty();
        }
        LabSettings settings = new LabSettings(h, p.get(), backlog, b.get(), a, family.get(), role.get(), t.get(),
                reuseAddress);
        allInterfaces.set(settings.listensOnAllInterfaces());
        return Optional.of(settings);
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
    public Payload payload() {
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

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<IpFamily> familyProperty() {
        return family;
    }

    public StringProperty bindProperty() {
        return bind;
    }

    public StringProperty timeoutProperty() {
        return timeout;
    }

    public ReadOnlyStringProperty bindErrorProperty() {
        return bindError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeoutErrorProperty() {
        return timeoutError.getReadOnlyProperty();
    }

    /** True while the server would listen on every interface: the lab is reachable from the network. */
    public ReadOnlyBooleanProperty allInterfacesProperty() {
        return allInterfaces.getReadOnlyProperty();
    }

    /** This computer's addresses a client on another machine could use, in the chosen family. */
    public ReadOnlyStringProperty localAddressesProperty() {
        return localAddresses.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty payloadErrorProperty() {
        return payloadError.getReadOnlyProperty();
    }
}
