package be.hestia.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import be.hestia.common.VersionedRecord;

/** A moment of the file's timeline: an interview, a visit, a call... with its note. */
@Entity
@Table(name = "case_entry")
public class CaseEntry extends VersionedRecord {

    public static final String PRIVATE = "private";

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

    /** On a handover (written by Hestia): the referent before, if any, and after. Stored language-neutral. */
    @Column(name = "handover_from_id", updatable = false)
    public UUID handoverFromId;

    @Column(name = "handover_to_id", updatable = false)
    public UUID handoverToId;

    /** On a handover: household-moved, reassigned or site-referent-changed (null on older ones: a move). */
    @Column(name = "handover_reason", updatable = false)
    public String handoverReason;


    protected CaseEntry() {
    }

    public CaseEntry(String organisationId) {
        super(organisationId);
    }
}
