package be.hestia.casefile;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.tika.Tika;

/**
 * Which documents a case file accepts, decided from their content with Apache Tika (magic bytes,
 * the file name only refining a container format such as a .docx inside a zip): a program renamed
 * "letter.pdf" is still a program.
 */
@ApplicationScoped
public class DocumentTypes {

    static final Set<String> ACCEPTED = Set.of(
            "application/pdf",
            "image/jpeg", "image/png", "image/webp", "image/heic", "image/heif",
            "text/plain",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet");

    private final Tika tika = new Tika();

    /** The detected media type, without parameters. */
    public String detect(byte[] content, String fileName) {
        String detected = tika.detect(content, fileName);
        int parameters = detected.indexOf(';');
        return parameters < 0 ? detected : detected.substring(0, parameters).strip();
    }

    public boolean accepts(String mediaType) {
        return ACCEPTED.contains(mediaType);
    }
}
