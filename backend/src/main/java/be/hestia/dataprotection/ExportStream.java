package be.hestia.dataprotection;

import java.io.OutputStream;
import java.util.function.Consumer;

import jakarta.ws.rs.core.StreamingOutput;

/**
 * An export written to the response as it is read. The generated interface returns this type
 * (schemaMappings in pom.xml) so that {@link ExportStreamInterceptor} recognises it and runs it into the response
 * (a bare {@link StreamingOutput} would be given to the JSON or text writer of the declared
 * media type, which serialises the object instead of running it).
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
