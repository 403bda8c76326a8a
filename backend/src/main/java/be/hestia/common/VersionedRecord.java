package be.hestia.common;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/** A row owned by one organisation and versioned for optimistic concurrency (ETag / If-Match). */
@MappedSuperclass
public abstract class VersionedRecord {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public String organisationId;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    protected VersionedRecord() {
    }

    protected VersionedRecord(String organisationId) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.createdAt = Time.now();
        this.updatedAt = createdAt;
    }

    @PreUpdate
    void touch() {
        updatedAt = Time.now();
    }
}
