package be.hestia.casefile;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import be.hestia.common.VersionedRecord;

/**
 * A planned home visit, interview or call with a household, tied to its case file, for one or more workers. Its
 * subject is a short label ("Home visit"), not case content: what was said goes in the timeline.
 */
@Entity
@Table(name = "appointment")
public class Appointment extends VersionedRecord {

    static final String PLANNED = "planned";
    static final String DONE = "done";
    static final String CANCELLED = "cancelled";

    @Column(name = "case_file_id", nullable = false, updatable = false)
    public UUID caseFileId;

    /** home-visit, office-interview, phone-call or other. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column
    public String place;

    @Column(nullable = false)
    public String subject;

    /** planned, done or cancelled. */
    @Column(nullable = false)
    public String status;

    /** The workers concerned (their organisation_id is filled in by the database). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "appointment_worker", joinColumns = @JoinColumn(name = "appointment_id"))
    @Column(name = "staff_id", nullable = false)
    public Set<UUID> workerIds = new LinkedHashSet<>();

    protected Appointment() {
    }

    public Appointment(String organisationId) {
        super(organisationId);
    }
}
