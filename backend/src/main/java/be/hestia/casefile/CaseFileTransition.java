package be.hestia.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a case file's lifecycle, kept forever. */
@Entity
@Table(name = "case_file_transition")
public class CaseFileTransition {

    @Id
    public UUID id;

    @Column(name = "case_file_id", nullable = false, updatable = false)
    public UUID caseFileId;

    @Column(name = "from_status", updatable = false)
    public String fromStatus;

    @Column(name = "to_status", nullable = false, updatable = false)
    public String toStatus;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime at;

    @Column(name = "by_id", nullable = false, updatable = false)
    public UUID byId;

    @Column(updatable = false)
    public String reason;
}
