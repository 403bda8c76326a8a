package be.hestia.casefile;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, kept apart so that listing attachments never reads them. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    public UUID attachmentId;

    @Column(nullable = false, updatable = false)
    public byte[] content;

    protected AttachmentContent() {
    }

    public AttachmentContent(UUID attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }
}
