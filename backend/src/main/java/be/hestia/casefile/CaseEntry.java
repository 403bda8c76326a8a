package be.hestia.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import be.hestia.common.Time;

/** A moment of the file's timeline: an interview, a visit, a call... with its note. */
@Entity
@Table(name = "case_entry")
public class CaseEntry {

    public static final String PRIVATE = "private";

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public String organisationId;

    @Column(name = "case_file_id", nullable = false, updatable = false)
    public UUID caseFileId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "author_id", nullable = false, updatable = false)
    public UUID authorId;

    public String participants;

    @Column(nullable = false)
    public String summary;

    public String note;

    /** service (the organisation's social service) or private (its author only). */
    @Column(nullable = false)
    public String visibility;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean readableBy(UUID staffId) {
        return !PRIVATE.equals(visibility) || authorId.equals(staffId);
    }

    @PreUpdate
    void touch() {
        updatedAt = Time.now();
    }
}
