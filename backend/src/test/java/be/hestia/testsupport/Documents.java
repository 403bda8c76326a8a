package be.hestia.testsupport;

import java.nio.charset.StandardCharsets;

/** Small documents for attachment tests. */
public final class Documents {

    /** A minimal PDF (what matters is its signature: Hestia detects types from content). */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private Documents() {
    }
}
