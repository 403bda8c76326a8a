package be.hestia.site;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import be.hestia.common.OwnedRecord;

/** A housing estate of one organisation, with the staff assigned to it. */
@Entity
@Table(name = "site")
public class Site extends OwnedRecord {

    @Column(nullable = false)
    public String name;

    public String description;

    /** Follows every household of the site (routes case files). */
    @Column(name = "referent_social_worker_id")
    public UUID referentSocialWorkerId;

    /** Runs the site's collective work (routes tenants' meetings). */
    @Column(name = "collective_worker_id")
    public UUID collectiveWorkerId;

    protected Site() {
    }

    public Site(String organisationId) {
        super(organisationId);
    }
}
