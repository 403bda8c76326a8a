package be.hestia.site;

import java.util.UUID;

/**
 * What a site needs to know of the case files of its households, answered by the case-file feature (which depends
 * on sites, not the other way round): a count, no household.
 */
public interface SiteCaseFiles {

    /**
     * The followed files of the households living on {@code siteId} held by {@code referentId}, plus those waiting
     * for a referent of that site: the files a change of referent moves when asked to.
     */
    int openFilesToMove(String organisationId, UUID siteId, UUID referentId);
}
