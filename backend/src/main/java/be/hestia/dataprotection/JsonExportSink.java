package be.hestia.dataprotection;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import be.hestia.api.model.SubjectAccessCaseFile;
import be.hestia.api.model.SubjectAccessEntry;
import be.hestia.api.model.SubjectAccessLogEntry;

/** Writes a {@code SubjectAccessExport} (openapi.yaml) as JSON, streaming its long lists. */
final class JsonExportSink implements ExportSink {

    private final ObjectMapper mapper;
    private final JsonGenerator json;

    JsonExportSink(ObjectMapper mapper, OutputStream out) {
        this.mapper = mapper;
        try {
            this.json = mapper.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void begin(ExportHeader header) {
        write(() -> {
            json.writeStartObject();
            json.writeStringField("formatVersion", ExportHeader.FORMAT_VERSION);
            json.writeObjectField("generatedAt", header.generatedAt());
            json.writeObjectField("language", header.language());
            json.writeObjectField("organisation", header.organisation());
            json.writeObjectField("household", header.household());
            json.writeObjectField("exclusions", header.exclusions());
            json.writeArrayFieldStart("caseFiles");
        });
    }

    @Override
    public void beginCaseFile(SubjectAccessCaseFile file) {
        ObjectNode fields = mapper.valueToTree(file);
        fields.remove("entries");
        write(() -> {
            json.writeStartObject();
            for (Map.Entry<String, JsonNode> field : fields.properties()) {
                json.writeFieldName(field.getKey());
                json.writeTree(field.getValue());
            }
            json.writeArrayFieldStart("entries");
        });
    }

    @Override
    public void entries(List<SubjectAccessEntry> page) {
        writeAll(page);
    }

    @Override
    public void endCaseFile() {
        write(() -> {
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    @Override
    public void beginAccessLog() {
        write(() -> {
            json.writeEndArray();
            json.writeArrayFieldStart("accessLog");
        });
    }

    @Override
    public void accessLog(List<SubjectAccessLogEntry> page) {
        writeAll(page);
    }

    @Override
    public void end() {
        write(() -> {
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
        });
    }

    private void writeAll(List<?> items) {
        write(() -> {
            for (Object item : items) {
                json.writeObject(item);
            }
        });
    }

    private interface Output {
        void run() throws IOException;
    }

    private static void write(Output output) {
        try {
            output.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
