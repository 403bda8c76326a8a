package be.hestia.dataprotection;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.spi.ServerHttpResponse;

/**
 * Runs an export into the response instead of handing it to a message body writer: Quarkus REST
 * chooses the JSON or text writer of the declared media type, which would serialise the export
 * object rather than run it. Bound to the resources marked {@link Streamed} only, so that other
 * endpoints keep Quarkus REST's direct writers.
 */
@Provider
@ExportStreamInterceptor.Streamed
public class ExportStreamInterceptor implements WriterInterceptor {

    /** Marks a resource whose responses may be an {@link ExportStream}. */
    @NameBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.TYPE, ElementType.METHOD })
    public @interface Streamed {
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getEntity() instanceof ExportStream export)) {
            context.proceed();
            return;
        }
        // The skipped writer would have sent the headers (Content-Disposition) and the content type.
        ServerHttpResponse response = CurrentRequestManager.get().serverResponse();
        context.getHeaders().forEach((name, values) -> response.setResponseHeader(name, join(values)));
        response.setResponseHeader(HttpHeaders.CONTENT_TYPE, context.getMediaType().toString());
        export.write(context.getOutputStream());
        context.getOutputStream().flush();
    }

    private static String join(List<Object> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
