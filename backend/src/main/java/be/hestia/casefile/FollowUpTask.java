package be.hestia.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import be.hestia.common.VersionedRecord;

/** Something to do for a case file by a date: the worker's agenda. */
@Entity
@Table(name = "follow_up_task")
public class FollowUpTask extends VersionedRecord {

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

    protected FollowUpTask() {
    }

    public FollowUpTask(String organisationId) {
        super(organisationId);
    }
}
