package be.hestia.security;

import jakarta.enterprise.context.RequestScoped;

import be.hestia.common.Problems;
import be.hestia.reference.ReferenceService;

/**
 * The organisation every organisation-owned query is scoped to: the caller's. Services ask it
 * first thing and pass the id down to their repositories, which filter on it in SQL, so that
 * another organisation's record is never loaded (and answers 404).
 */
@RequestScoped
public class OrganisationScope {

    private final CurrentUser user;
    private final ReferenceService reference;

    public OrganisationScope(CurrentUser user, ReferenceService reference) {
        this.user = user;
        this.reference = reference;
    }

    /** The caller's organisation id; 403 when the caller belongs to none or to an unknown one. */
    public String id() {
        String organisation = user.organisationClaim().orElseThrow(() -> Problems.forbidden("no-organisation",
                "This operation serves the staff of a housing company; your account belongs to none."));
        if (!reference.organisationExists(organisation)) {
            throw Problems.forbidden("no-organisation", "Your account's organisation is not known to Hestia.");
        }
        return organisation;
    }
}
