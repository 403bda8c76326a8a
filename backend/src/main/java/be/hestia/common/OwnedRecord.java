package be.hestia.common;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import be.hestia.api.model.ProblemCode;

/**
 * A record retired rather than deleted, so that history (leases, case files) can keep pointing
 * at it.
 */
@MappedSuperclass
public abstract class OwnedRecord extends VersionedRecord {

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    protected OwnedRecord() {
    }

    protected OwnedRecord(String organisationId) {
        super(organisationId);
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
            throw Problems.conflict(ProblemCode.RECORD_RETIRED);
        }
        ETags.requireMatch(ifMatch, version);
    }

    public void retire() {
        retiredAt = Time.now();
    }
}
