package be.hestia.casefile;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import be.hestia.api.model.CaseFileStatus;
import be.hestia.api.model.CaseTheme;
import be.hestia.api.model.EntryKind;
import be.hestia.api.model.HandoverReason;
import be.hestia.api.model.PartnerKind;
import be.hestia.api.model.ReferralStatus;
import be.hestia.api.model.RequestSource;
import be.hestia.api.model.StaffSummary;
import be.hestia.api.model.SubjectAccessAttachment;
import be.hestia.api.model.SubjectAccessCaseFile;
import be.hestia.api.model.SubjectAccessEntry;
import be.hestia.api.model.SubjectAccessReferral;
import be.hestia.api.model.SubjectAccessTask;
import be.hestia.api.model.SubjectAccessTransition;
import be.hestia.casefile.CaseHistoryRepository.EntryRow;
import be.hestia.staff.StaffService;

/**
 * A household's case files as a subject-access export tells them: everything the social service
 * shares, never a personal working note (an entry private to its author), whoever asks.
 * The caller has checked the organisation; nothing here reads the request's user.
 */
@ApplicationScoped
public class CaseFileHistory {

    /** Entries read per query: bounds the memory an export of a long history needs. */
    static final int ENTRY_PAGE = 500;

    private final CaseHistoryRepository history;
    private final CaseFileRepository files;
    private final ReferralRepository referrals;
    private final TaskRepository tasks;
    private final AttachmentRepository attachments;
    private final StaffService staff;

    public CaseFileHistory(CaseHistoryRepository history, CaseFileRepository files, ReferralRepository referrals,
            TaskRepository tasks, AttachmentRepository attachments, StaffService staff) {
        this.history = history;
        this.files = files;
        this.referrals = referrals;
        this.tasks = tasks;
        this.attachments = attachments;
        this.staff = staff;
    }

    /**
     * The household's files, oldest first, with transitions, referrals and tasks; their entries
     * come from {@link #forEachEntryPage} (the {@code entries} list is left empty).
     */
    public List<SubjectAccessCaseFile> filesOf(String organisationId, UUID householdId) {
        List<SubjectAccessCaseFile> result = new ArrayList<>();
        for (CaseFile file : history.filesOf(organisationId, householdId)) {
            List<CaseFileTransition> steps = files.transitions(file.id);
            List<Referral> sent = referrals.ofFile(file.id);
            List<FollowUpTask> todo = tasks.ofFile(file.id);
            List<Attachment> documents = attachments.ofFileForExport(file.id);
            Map<UUID, StaffSummary> names = staff.summaries(Stream.of(Stream.of(file.referentId),
                    steps.stream().map(t -> t.byId), sent.stream().map(r -> r.referredById),
                    todo.stream().map(t -> t.assigneeId), documents.stream().map(a -> a.uploadedById))
                    .flatMap(s -> s).filter(Objects::nonNull).toList());
            SubjectAccessCaseFile exported = toExport(file, steps, sent, todo, names);
            exported.setAttachments(documents.stream().map(a -> toExport(a, names)).toList());
            result.add(exported);
        }
        return result;
    }

    /** The file's service entries, oldest first, handed over {@value #ENTRY_PAGE} at a time. */
    public void forEachEntryPage(UUID caseFileId, Consumer<List<SubjectAccessEntry>> consumer) {
        Map<UUID, String> authors = new HashMap<>();
        OffsetDateTime afterAt = null;
        UUID afterId = null;
        List<EntryRow> page;
        do {
            page = history.serviceEntriesAfter(caseFileId, afterAt, afterId, ENTRY_PAGE);
            if (page.isEmpty()) {
                return;
            }
            List<UUID> unknown = page.stream()
                    .flatMap(row -> Stream.of(row.authorId(), row.handoverFromId(), row.handoverToId()))
                    .filter(id -> id != null && !authors.containsKey(id)).distinct().toList();
            staff.summaries(unknown).forEach((id, summary) -> authors.put(id, summary.getDisplayName()));
            consumer.accept(page.stream().map(row -> toExport(row, authors)).toList());
            EntryRow last = page.get(page.size() - 1);
            afterAt = last.occurredAt();
            afterId = last.id();
        } while (page.size() == ENTRY_PAGE);
    }

    private static SubjectAccessCaseFile toExport(CaseFile file, List<CaseFileTransition> steps, List<Referral> sent,
            List<FollowUpTask> todo, Map<UUID, StaffSummary> names) {
        SubjectAccessCaseFile out = new SubjectAccessCaseFile(file.id, CaseFileStatus.fromValue(file.status),
                Stream.of(file.themes).map(CaseTheme::fromValue).toList(),
                RequestSource.fromValue(file.requestSource), file.openedAt,
                steps.stream().map(t -> toExport(t, names)).toList(),
                reversed(sent).stream().map(r -> toExport(r, names)).toList(),
                todo.stream().map(t -> toExport(t, names)).toList(), List.of());
        out.setRequestDetail(file.requestDetail);
        out.setReferent(file.referentId == null ? null : name(names, file.referentId));
        out.setClosedAt(file.closedAt);
        out.setClosingReason(file.closingReason);
        return out;
    }

    private static SubjectAccessTransition toExport(CaseFileTransition step, Map<UUID, StaffSummary> names) {
        SubjectAccessTransition out = new SubjectAccessTransition(CaseFileStatus.fromValue(step.toStatus), step.at,
                name(names, step.byId));
        out.setFrom(step.fromStatus == null ? null : CaseFileStatus.fromValue(step.fromStatus));
        out.setReason(step.reason);
        return out;
    }

    private static SubjectAccessReferral toExport(Referral referral, Map<UUID, StaffSummary> names) {
        SubjectAccessReferral out = new SubjectAccessReferral(PartnerKind.fromValue(referral.partnerKind),
                referral.partnerName, referral.reason, referral.consentRecordedAt,
                ReferralStatus.fromValue(referral.status), name(names, referral.referredById), referral.createdAt);
        out.setConsentNote(referral.consentNote);
        out.setOutcome(referral.outcome);
        return out;
    }

    private static SubjectAccessAttachment toExport(Attachment attachment, Map<UUID, StaffSummary> names) {
        return new SubjectAccessAttachment(attachment.fileName, attachment.mediaType, attachment.sizeBytes,
                attachment.sha256, attachment.createdAt, name(names, attachment.uploadedById));
    }

    private static SubjectAccessTask toExport(FollowUpTask task, Map<UUID, StaffSummary> names) {
        SubjectAccessTask out = new SubjectAccessTask(task.title, task.dueDate, name(names, task.assigneeId));
        out.setDoneAt(task.doneAt);
        return out;
    }

    private static SubjectAccessEntry toExport(EntryRow row, Map<UUID, String> authors) {
        SubjectAccessEntry out = new SubjectAccessEntry(EntryKind.fromValue(row.kind()), row.occurredAt(),
                authors.getOrDefault(row.authorId(), "—"), row.summary());
        out.setParticipants(row.participants());
        out.setNote(row.note());
        if (row.handoverToId() != null) {
            out.setHandoverTo(authors.getOrDefault(row.handoverToId(), "—"));
            out.setHandoverFrom(row.handoverFromId() == null ? null : authors.getOrDefault(row.handoverFromId(), "—"));
            out.setHandoverReason(HandoverReason.fromValue(
                    row.handoverReason() == null ? "household-moved" : row.handoverReason()));
        }
        return out;
    }

    /** The staff member's name; "—" for a member Hestia no longer knows. */
    private static String name(Map<UUID, StaffSummary> names, UUID id) {
        StaffSummary summary = id == null ? null : names.get(id);
        return summary == null ? "—" : summary.getDisplayName();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
