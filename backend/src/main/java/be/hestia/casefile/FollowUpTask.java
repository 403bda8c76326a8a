package be.hestia.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import be.hestia.common.Time;

/** Something to do for a case file by a date: the worker's agenda. */
@Entity
@Table(name = "follow_up_task")
public class FollowUpTask {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public String organisationId;

    @Column(name = "case_file_id", nullable = false, updatable = false)
    public UUID caseFileId;

    @Column(nullable = false)
    public String title;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "assignee_id", nullable = false)
    public UUID assigneeId;

    @Column(name = "done_at")
    public OffsetDateTime doneAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @PreUpdate
    void touch() {
        updatedAt = Time.now();
    }
}
