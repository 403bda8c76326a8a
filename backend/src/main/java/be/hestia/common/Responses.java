package be.hestia.common;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;

/** Responses that carry a versioned representation, so that clients can send If-Match back. */
public final class Responses {

    private Responses() {
    }

    public static <T> RestResponse<T> ok(T entity, long version) {
        return RestResponse.ResponseBuilder.ok(entity).header(HttpHeaders.ETAG, ETags.of(version)).build();
    }

    public static <T> RestResponse<T> created(String location, T entity, long version) {
        return RestResponse.ResponseBuilder.<T> created(URI.create(location)).entity(entity)
                .header(HttpHeaders.ETAG, ETags.of(version)).build();
    }
}
