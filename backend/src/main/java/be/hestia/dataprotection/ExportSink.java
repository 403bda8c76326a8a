package be.hestia.dataprotection;

import java.util.List;

import be.hestia.api.model.SubjectAccessCaseFile;
import be.hestia.api.model.SubjectAccessEntry;
import be.hestia.api.model.SubjectAccessLogEntry;

/**
 * Where a subject-access export goes, section by section, as it is read: the header, then each case
 * file (its small lists first, then its entries page by page), then the access log page by page.
 * A new section of a case file (attachments, say) is one more property of {@link SubjectAccessCaseFile}
 * and one more block in the document's case-file template; the order of calls does not change.
 * Implementations throw {@link java.io.UncheckedIOException} when the output fails.
 */
interface ExportSink {

    void begin(ExportHeader header);

    void beginCaseFile(SubjectAccessCaseFile file);

    void entries(List<SubjectAccessEntry> page);

    void endCaseFile();

    void beginAccessLog();

    void accessLog(List<SubjectAccessLogEntry> page);

    /** Closes the document and flushes it; the underlying stream stays open. */
    void end();
}
