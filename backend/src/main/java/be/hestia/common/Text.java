package be.hestia.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What people type: trimmed, required, compared regardless of case, accents and spacing, and refused when it holds
 * a character no one types (see {@link #storable(String)}).
 */
public final class Text {

    private Text() {
    }

    /** The value without surrounding blanks, or null when nothing is left. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The value without surrounding blanks; a 400 on {@code field} when nothing is left. */
    public static String required(String value, String field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw Problems.invalid(field, "not-blank");
        }
        return stripped;
    }

    /**
     * Whether the text can be stored and shown as typed: no control character but tab, line feed and carriage return
     * (PostgreSQL cannot store NUL at all; the others only garble screens and exports), and no half of a UTF-16
     * surrogate pair (which has no UTF-8 form).
     */
    public static boolean storable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return false;
            }
        }
        return true;
    }

    /** Why {@link #storable(String)} refuses a text: the key of its violation message ({@code violation.not-storable}). */
    public static final String NOT_STORABLE = "not-storable";

    public static String key(String... parts) {
        String joined = String.join(" ", parts);
        String noAccents = Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
