package be.hestia.common;

import java.io.IOException;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses text {@link Text#storable(String) no one types} where it enters Hestia, before any query sees it (a NUL
 * byte made PostgreSQL fail with a 500): every string of a JSON body, as a 400 naming the field, and every query
 * parameter, as a 400 naming the parameter. Path parameters are identifiers and headers cannot carry control
 * characters.
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new Strings()));
    }

    @ServerRequestFilter
    public void refuseUnstorableQueryParameters(UriInfo uri) {
        uri.getQueryParameters().forEach((name, values) -> values.forEach(value -> {
            if (!Text.storable(value)) {
                throw Problems.invalid(name, Text.NOT_STORABLE);
            }
        }));
    }

    /** Jackson's own string reading, then the check; the exception carries the JSON path that names the field. */
    static final class Strings extends StdScalarDeserializer<String> {

        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && !Text.storable(value)) {
                throw context.weirdStringException(value, String.class, Text.NOT_STORABLE);
            }
            return value;
        }
    }
}
