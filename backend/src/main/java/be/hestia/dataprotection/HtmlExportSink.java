package be.hestia.dataprotection;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import be.hestia.api.model.SubjectAccessCaseFile;
import be.hestia.api.model.SubjectAccessEntry;
import be.hestia.api.model.SubjectAccessLogEntry;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Writes the export as one readable HTML document in the household's language, section by
 * section (templates in {@code templates/subject-access/}; Qute escapes every value).
 */
final class HtmlExportSink implements ExportSink {

    /**
     * Checked at build time. Templates call the models' getters ({@code file.getThemes()}): the
     * generated models also have fluent setters named like their properties, which Qute would pick.
     */
    @CheckedTemplate(basePath = "subject-access")
    static class Templates {
        static native TemplateInstance begin(DocumentText t, ExportHeader header);

        static native TemplateInstance caseFile(DocumentText t, SubjectAccessCaseFile file);

        static native TemplateInstance entries(DocumentText t, List<SubjectAccessEntry> entries);

        static native TemplateInstance caseFileEnd(DocumentText t);

        static native TemplateInstance accessLogBegin(DocumentText t);

        static native TemplateInstance accessLog(DocumentText t, List<SubjectAccessLogEntry> rows);

        static native TemplateInstance end(DocumentText t);
    }

    private final Writer out;
    private DocumentText text;

    HtmlExportSink(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void begin(ExportHeader header) {
        text = DocumentText.of(header.language());
        write(Templates.begin(text, header));
    }

    @Override
    public void beginCaseFile(SubjectAccessCaseFile file) {
        write(Templates.caseFile(text, file));
    }

    @Override
    public void entries(List<SubjectAccessEntry> page) {
        write(Templates.entries(text, page));
    }

    @Override
    public void endCaseFile() {
        write(Templates.caseFileEnd(text));
    }

    @Override
    public void beginAccessLog() {
        write(Templates.accessLogBegin(text));
    }

    @Override
    public void accessLog(List<SubjectAccessLogEntry> page) {
        write(Templates.accessLog(text, page));
    }

    @Override
    public void end() {
        write(Templates.end(text));
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(TemplateInstance section) {
        try {
            out.write(section.render());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
