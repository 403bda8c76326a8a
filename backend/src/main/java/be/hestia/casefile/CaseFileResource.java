package be.hestia.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.CaseFilesApi;
import be.hestia.api.model.Agenda;
import be.hestia.api.model.Attachment;
import be.hestia.api.model.CaseEntry;
import be.hestia.api.model.CaseEntryInput;
import be.hestia.api.model.CaseEntryPage;
import be.hestia.api.model.CaseEntryVersion;
import be.hestia.api.model.CaseFile;
import be.hestia.api.model.CaseFileInput;
import be.hestia.api.model.CaseFilePage;
import be.hestia.api.model.CaseFileStatus;
import be.hestia.api.model.EntryKind;
import be.hestia.api.model.FollowUpTask;
import be.hestia.api.model.Referral;
import be.hestia.api.model.ReferralInput;
import be.hestia.api.model.ReferralOutcomeInput;
import be.hestia.api.model.TaskInput;
import be.hestia.api.model.TransitionInput;
import be.hestia.common.ContentDisposition;
import be.hestia.common.PageRequest;
import be.hestia.common.Responses;
import be.hestia.security.Roles;

/** The social service only: social workers and the service manager. Everyone else gets 403. */
@RolesAllowed({ Roles.SOCIAL_WORKER, Roles.SERVICE_MANAGER })
public class CaseFileResource implements CaseFilesApi {

    private final CaseFileService files;
    private final CaseEntryService entries;
    private final ReferralService referrals;
    private final TaskService tasks;
    private final AttachmentService attachments;

    public CaseFileResource(CaseFileService files, CaseEntryService entries, ReferralService referrals,
            TaskService tasks, AttachmentService attachments) {
        this.files = files;
        this.entries = entries;
        this.referrals = referrals;
        this.tasks = tasks;
        this.attachments = attachments;
    }

    @Override
    public RestResponse<List<Attachment>> listAttachments(UUID caseFileId, String reason) {
        return RestResponse.ok(attachments.list(caseFileId, reason));
    }

    @Override
    public RestResponse<Attachment> uploadAttachment(UUID caseFileId, String fileName, byte[] body,
            UUID entryId, String reason) {
        Attachment attachment = attachments.upload(caseFileId, reason, fileName, entryId, body);
        return Responses.created("/api/v1/case-files/" + caseFileId + "/attachments/" + attachment.getId(),
                attachment, attachment.getVersion());
    }

    @Override
    public RestResponse<Attachment> getAttachment(UUID caseFileId, UUID attachmentId, String reason) {
        Attachment attachment = attachments.get(caseFileId, attachmentId, reason);
        return Responses.ok(attachment, attachment.getVersion());
    }

    @Override
    public RestResponse<byte[]> downloadAttachment(UUID caseFileId, UUID attachmentId, String reason) {
        AttachmentService.Download download = attachments.download(caseFileId, attachmentId, reason);
        return RestResponse.ResponseBuilder.ok(download.content(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(download.fileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @Override
    public RestResponse<Void> deleteAttachment(UUID caseFileId, UUID attachmentId, String ifMatch, String reason) {
        attachments.delete(caseFileId, attachmentId, ifMatch, reason);
        return RestResponse.noContent();
    }

    @Override
    public RestResponse<List<Referral>> listReferrals(UUID caseFileId, String reason) {
        return RestResponse.ok(referrals.list(caseFileId, reason));
    }

    @Override
    public RestResponse<Referral> addReferral(UUID caseFileId, ReferralInput input, String reason) {
        Referral referral = referrals.add(caseFileId, reason, input);
        return Responses.created("/api/v1/case-files/" + caseFileId + "/referrals/" + referral.getId(), referral,
                referral.getVersion());
    }

    @Override
    public RestResponse<Referral> updateReferralOutcome(UUID caseFileId, UUID referralId, String ifMatch,
            ReferralOutcomeInput input, String reason) {
        Referral referral = referrals.recordOutcome(caseFileId, referralId, ifMatch, reason, input);
        return Responses.ok(referral, referral.getVersion());
    }

    @Override
    public RestResponse<List<FollowUpTask>> listTasks(UUID caseFileId, String reason) {
        return RestResponse.ok(tasks.list(caseFileId, reason));
    }

    @Override
    public RestResponse<FollowUpTask> addTask(UUID caseFileId, TaskInput input, String reason) {
        FollowUpTask task = tasks.add(caseFileId, reason, input);
        return Responses.created("/api/v1/case-files/" + caseFileId + "/tasks/" + task.getId(), task,
                task.getVersion());
    }

    @Override
    public RestResponse<FollowUpTask> updateTask(UUID caseFileId, UUID taskId, String ifMatch, TaskInput input,
            String reason) {
        FollowUpTask task = tasks.update(caseFileId, taskId, ifMatch, reason, input);
        return Responses.ok(task, task.getVersion());
    }

    @Override
    public RestResponse<Agenda> getAgenda(LocalDate today) {
        return RestResponse.ok(tasks.agenda(today));
    }

    @Override
    public RestResponse<CaseFilePage> listCaseFiles(UUID householdId, UUID referentId, Boolean mine,
            CaseFileStatus status, Integer quietDays, Integer page, Integer size) {
        return RestResponse.ok(files.list(householdId, referentId, Boolean.TRUE.equals(mine), status, quietDays,
                PageRequest.of(page, size)));
    }

    @Override
    public RestResponse<CaseFile> openCaseFile(CaseFileInput input) {
        CaseFile file = files.open(input);
        return Responses.created("/api/v1/case-files/" + file.getId(), file, file.getVersion());
    }

    @Override
    public RestResponse<CaseFile> getCaseFile(UUID caseFileId, String reason) {
        CaseFile file = files.get(caseFileId, reason);
        return Responses.ok(file, file.getVersion());
    }

    @Override
    public RestResponse<CaseFile> transitionCaseFile(UUID caseFileId, String ifMatch, TransitionInput input,
            String reason) {
        CaseFile file = files.transition(caseFileId, ifMatch, reason, input);
        return Responses.ok(file, file.getVersion());
    }

    @Override
    public RestResponse<CaseEntryPage> listCaseEntries(UUID caseFileId, String reason, Integer page, Integer size,
            List<EntryKind> kind, UUID authorId, LocalDate from, LocalDate to) {
        return RestResponse.ok(entries.timeline(caseFileId, reason, kind, authorId, from, to,
                PageRequest.of(page, size)));
    }

    @Override
    public RestResponse<List<CaseEntryVersion>> listCaseEntryVersions(UUID caseFileId, UUID entryId, String reason) {
        return RestResponse.ok(entries.versions(caseFileId, entryId, reason));
    }

    @Override
    public RestResponse<CaseEntry> addCaseEntry(UUID caseFileId, CaseEntryInput input, String reason) {
        CaseEntry entry = entries.add(caseFileId, reason, input);
        return Responses.created("/api/v1/case-files/" + caseFileId + "/entries/" + entry.getId(), entry,
                entry.getVersion());
    }

    @Override
    public RestResponse<CaseEntry> getCaseEntry(UUID caseFileId, UUID entryId, String reason) {
        CaseEntry entry = entries.get(caseFileId, entryId, reason);
        return Responses.ok(entry, entry.getVersion());
    }

    @Override
    public RestResponse<CaseEntry> updateCaseEntry(UUID caseFileId, UUID entryId, String ifMatch,
            CaseEntryInput input, String reason) {
        CaseEntry entry = entries.update(caseFileId, entryId, ifMatch, reason, input);
        return Responses.ok(entry, entry.getVersion());
    }
}
