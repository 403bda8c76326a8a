package be.hestia.security;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;

import be.hestia.api.model.ProblemCode;
import be.hestia.common.Message;
import be.hestia.common.ProblemException;
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
        String organisation = user.organisationClaim().orElseThrow(() -> Problems.forbidden(ProblemCode.NO_ORGANISATION));
        if (!reference.organisationExists(organisation)) {
            throw new ProblemException(403, ProblemCode.NO_ORGANISATION,
                    Message.of("no-organisation.detail.unknown"), List.of());
        }
        return organisation;
    }
}
