package be.hestia.household;

import java.util.UUID;

/**
 * Fired inside the transaction that starts a lease on another site's dwelling, so that features
 * following the household (case files) can hand it over. {@code fromSiteId} is null for a first lease.
 */
public record HouseholdMoved(UUID householdId, String organisationId, UUID fromSiteId, UUID toSiteId) {
}
