package be.hestia.household;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A household's tenancy of a dwelling; the one without an end date is current. */
@Entity
@Table(name = "lease")
public class Lease {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public String organisationId;

    @Column(name = "household_id", nullable = false, updatable = false)
    public UUID householdId;

    @Column(name = "dwelling_id", nullable = false, updatable = false)
    public UUID dwellingId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
