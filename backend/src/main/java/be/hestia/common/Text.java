package be.hestia.common;

import java.text.Normalizer;
import java.util.Locale;

/** What people type: trimmed, required, or compared regardless of case, accents and spacing. */
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

    public static String key(String... parts) {
        String joined = String.join(" ", parts);
        String noAccents = Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
