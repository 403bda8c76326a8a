package be.hestia.casefile;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import be.hestia.common.VersionedRecord;

/** The description of a document attached to a case file or one of its entries; its bytes are in {@link AttachmentContent}. */
@Entity
@Table(name = "attachment")
public class Attachment extends VersionedRecord {

    @Column(name = "case_file_id", nullable = false, updatable = false)
    public UUID caseFileId;

    /** The entry it belongs to; an attachment of a private entry is readable by that entry's author only. */
    @Column(name = "case_entry_id", updatable = false)
    public UUID caseEntryId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    /** Detected from the content at upload, never taken from the client. */
    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long sizeBytes;

    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(name = "uploaded_by_id", nullable = false, updatable = false)
    public UUID uploadedById;

    protected Attachment() {
    }

    public Attachment(String organisationId) {
        super(organisationId);
    }
}
