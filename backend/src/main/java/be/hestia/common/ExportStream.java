package be.hestia.common;

import java.io.OutputStream;
import java.util.function.Consumer;

import jakarta.ws.rs.core.StreamingOutput;

/**
 * An export written to the response as it is read (a {@link StreamingOutput}, so Quarkus REST runs
 * it into the response). The generated interface returns this type (schemaMappings in pom.xml);
 * the operations declare their one media type with x-hestia-produces, as downloads must (see the
 * generator template).
 */
public final class ExportStream implements StreamingOutput {

    private final Consumer<OutputStream> body;

    public ExportStream(Consumer<OutputStream> body) {
        this.body = body;
    }

    @Override
    public void write(OutputStream output) {
        body.accept(output);
    }
}
