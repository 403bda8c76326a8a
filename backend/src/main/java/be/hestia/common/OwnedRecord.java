package be.hestia.common;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * A record owned by one organisation, versioned for optimistic concurrency, retired rather than
 * deleted so that history (leases, case files) can keep pointing at it.
 */
@MappedSuperclass
public abstract class OwnedRecord {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public String organisationId;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    protected OwnedRecord() {
    }

    protected OwnedRecord(String organisationId) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.createdAt = Time.now();
        this.updatedAt = createdAt;
    }

    public boolean isActive() {
        return retiredAt == null;
    }

    /**
     * Guards an edit: 409 when the record is retired, 428 without If-Match, 412 when it names
     * another version. Call before changing anything.
     */
    public void checkEditable(String ifMatch) {
        if (!isActive()) {
            throw Problems.conflict("record-retired", "This record is retired and can no longer be changed.");
        }
        ETags.requireMatch(ifMatch, version);
    }

    public void retire() {
        retiredAt = Time.now();
    }

    @PreUpdate
    void touch() {
        updatedAt = Time.now();
    }
}
