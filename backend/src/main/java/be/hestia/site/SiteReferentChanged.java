package be.hestia.site;

import java.util.UUID;

/**
 * Fired inside the transaction that changes a site's referent social worker, so that features following the site's
 * households (case files) can move their followed files ({@code moveOpenFiles}, the admin's explicit choice) and stop
 * waiting for a referent. {@code fromId} or {@code toId} is null when the site had or gets none.
 */
public record SiteReferentChanged(String organisationId, UUID siteId, UUID fromId, UUID toId, boolean moveOpenFiles) {
}
