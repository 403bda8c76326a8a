package be.hestia.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import be.hestia.common.OwnedRecord;

/** The unit that rents a dwelling. Its members and leases are rows of their own. */
@Entity
@Table(name = "household")
public class Household extends OwnedRecord {

    /** The household number in the SISP's rental system, when known. */
    @Column(name = "external_ref")
    public String externalRef;

    protected Household() {
    }

    public Household(String organisationId) {
        super(organisationId);
    }
}
