package be.hestia.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition for a download (RFC 6266): an ASCII fallback name and the exact UTF-8 name. */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String ascii = java.text.Normalizer.normalize(fileName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
