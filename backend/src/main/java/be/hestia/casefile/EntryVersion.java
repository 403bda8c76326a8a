package be.hestia.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An earlier version of an entry, kept when an edit replaced it: written once, never changed (the anonymiser
 * removes it with the file's content). Its organisation is the entry's, filled in by the database.
 */
@Entity
@Table(name = "case_entry_version")
public class EntryVersion {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public String organisationId;

    @Column(name = "case_entry_id", nullable = false, updatable = false)
    public UUID caseEntryId;

    @Column(name = "case_file_id", nullable = false, updatable = false)
    public UUID caseFileId;

    @Column(nullable = false, updatable = false)
    public long version;

    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @Column(updatable = false)
    public String participants;

    @Column(nullable = false, updatable = false)
    public String summary;

    @Column(updatable = false)
    public String note;

    @Column(nullable = false, updatable = false)
    public String visibility;

    @Column(name = "written_by_id", nullable = false, updatable = false)
    public UUID writtenById;

    @Column(name = "written_at", nullable = false, updatable = false)
    public OffsetDateTime writtenAt;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    public OffsetDateTime replacedAt;

    protected EntryVersion() {
    }

    /** The entry as it reads now, about to be replaced at {@code replacedAt}. */
    static EntryVersion of(CaseEntry entry, OffsetDateTime replacedAt) {
        EntryVersion kept = new EntryVersion();
        kept.id = UUID.randomUUID();
        kept.organisationId = entry.organisationId;
        kept.caseEntryId = entry.id;
        kept.caseFileId = entry.caseFileId;
        kept.version = entry.version;
        kept.kind = entry.kind;
        kept.occurredAt = entry.occurredAt;
        kept.participants = entry.participants;
        kept.summary = entry.summary;
        kept.note = entry.note;
        kept.visibility = entry.visibility;
        kept.writtenById = entry.editedById == null ? entry.authorId : entry.editedById;
        kept.writtenAt = entry.editedAt == null ? entry.createdAt : entry.editedAt;
        kept.replacedAt = replacedAt;
        return kept;
    }
}
