package be.hestia.agenda;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.CalendarFeedApi;
import be.hestia.api.model.CalendarFeedLink;
import be.hestia.security.Roles;

/** The worker's calendar feed: its address (social service), and the feed itself, opened by the key alone. */
@RolesAllowed({ Roles.SOCIAL_WORKER, Roles.SERVICE_MANAGER })
public class CalendarFeedResource implements CalendarFeedApi {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", "UTF-8");

    private final CalendarFeedService feeds;

    public CalendarFeedResource(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @Override
    public RestResponse<CalendarFeedLink> getCalendarFeedLink() {
        return RestResponse.ok(feeds.link());
    }

    @Override
    public RestResponse<CalendarFeedLink> renewCalendarFeedKey() {
        return RestResponse.ok(feeds.renew());
    }

    /** Calendar clients cannot sign in: the key is the credential (x-hestia-roles: [anonymous]). */
    @Override
    @PermitAll
    public RestResponse<String> getCalendarFeed(String feedKey, String lang) {
        return RestResponse.ResponseBuilder.ok(feeds.calendar(feedKey, lang), CALENDAR)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }
}
