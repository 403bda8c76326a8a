package be.hestia.common;

import java.text.Normalizer;
import java.util.Locale;

/** Comparing what people type: case, accents and spacing do not matter. */
public final class Text {

    private Text() {
    }

    public static String key(String... parts) {
        String joined = String.join(" ", parts);
        String noAccents = Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
