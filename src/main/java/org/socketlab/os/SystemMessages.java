package org.socketlab.os;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.platform.win32.Kernel32Util;
import java.util.Optional;

/**
 * The operating system's own text for an error number, in the language this process runs in: what the JDK
 * puts into the exceptions it throws. On Linux and macOS the C library's {@code strerror(errno)} (it follows
 * LANG / LC_MESSAGES); on Windows {@code FormatMessage} of the Winsock code (it follows the display language).
 * Each text is asked for when first needed; a system that cannot be asked (no native access) gives none.
 */
public final class SystemMessages {
    private SystemMessages() {
    }

    /** {@code strerror(number)} of this process's C library, if it can be called. */
    public static Optional<String> strerror(int number) {
        try {
            Function strerror = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME).getFunction("strerror");
            return Optional.ofNullable(strerror.invokeString(new Object[] {number}, false)).filter(s -> !s.isBlank());
        } catch (LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Windows' {@code FormatMessage} text of a system or Winsock error code, if it can be called. */
    public static Optional<String> formatMessage(int code) {
        try {
            return Optional.ofNullable(Kernel32Util.formatMessage(code)).filter(s -> !s.isBlank());
        } catch (LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }
}
