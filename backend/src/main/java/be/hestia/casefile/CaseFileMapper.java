package be.hestia.casefile;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import be.hestia.api.model.CaseFileHousehold;
import be.hestia.api.model.CaseFileStatus;
import be.hestia.api.model.CaseFileSummary;
import be.hestia.api.model.CaseTheme;
import be.hestia.api.model.EntryKind;
import be.hestia.api.model.Handover;
import be.hestia.api.model.HandoverReason;
import be.hestia.api.model.Household;
import be.hestia.api.model.NoteVisibility;
import be.hestia.api.model.PartnerKind;
import be.hestia.api.model.ReferralStatus;
import be.hestia.api.model.RequestSource;
import be.hestia.api.model.StaffSummary;
import be.hestia.api.model.Transition;
import be.hestia.casefile.CaseFileRepository.CaseFileRow;

final class CaseFileMapper {

    private CaseFileMapper() {
    }

    static be.hestia.api.model.CaseFile toApi(CaseFile file, String householdName,
            List<CaseFileTransition> transitions, Map<UUID, StaffSummary> staff) {
        be.hestia.api.model.CaseFile api = new be.hestia.api.model.CaseFile(file.id, file.reference,
                file.householdId, householdName, null, CaseFileStatus.fromValue(file.status), themes(file.themes),
                RequestSource.fromValue(file.requestSource), file.openedAt,
                transitions.stream().map(t -> toApi(t, staff)).toList(), false, file.version);
        api.setRequestDetail(file.requestDetail);
        api.setReferent(staff.get(file.referentId));
        api.setClosingReason(file.closingReason);
        return api;
    }

    /** A list line; a {@code restricted} one (outside the caller's caseload) withholds the themes. */
    static CaseFileSummary toSummary(CaseFileRow row, Map<UUID, StaffSummary> staff, boolean restricted) {
        CaseFileSummary summary = new CaseFileSummary(row.id(), row.reference(), row.householdId(), row.householdName(),
                CaseFileStatus.fromValue(row.status()), restricted, row.openedAt());
        // The generated model starts with an empty list: null leaves the property out altogether.
        summary.setThemes(restricted ? null : themes(row.themes()));
        summary.setReferent(staff.get(row.referentId()));
        summary.setLastActivityAt(row.lastActivityAt());
        return summary;
    }

    /** The household on top of its file's page: the household's record, without its lease history. */
    static CaseFileHousehold toHousehold(Household household) {
        CaseFileHousehold api = new CaseFileHousehold(household.getId(), household.getName(), household.getMembers());
        api.setExternalRef(household.getExternalRef());
        if (household.getCurrentLease() != null) {
            api.setDwelling(household.getCurrentLease().getDwelling());
        }
        return api;
    }

    static be.hestia.api.model.CaseEntry toApi(CaseEntry entry, Map<UUID, StaffSummary> staff) {
        be.hestia.api.model.CaseEntry api = new be.hestia.api.model.CaseEntry(entry.id, entry.caseFileId,
                EntryKind.fromValue(entry.kind), entry.occurredAt, staff.get(entry.authorId), entry.summary,
                NoteVisibility.fromValue(entry.visibility), entry.version, entry.createdAt);
        api.setParticipants(entry.participants);
        api.setNote(entry.note);
        if (entry.handoverToId != null) {
            api.setHandover(new Handover(staff.get(entry.handoverToId)).from(staff.get(entry.handoverFromId))
                    .reason(HandoverReason.fromValue(entry.handoverReason == null ? "household-moved"
                            : entry.handoverReason)));
        }
        return api;
    }

    /** The staff an entry names: its author, and on a handover the referents before and after. */
    static Stream<UUID> staffOf(CaseEntry entry) {
        return Stream.of(entry.authorId, entry.handoverFromId, entry.handoverToId).filter(Objects::nonNull);
    }

    static be.hestia.api.model.Referral toApi(Referral referral, Map<UUID, StaffSummary> staff) {
        be.hestia.api.model.Referral api = new be.hestia.api.model.Referral(referral.id, referral.caseFileId,
                PartnerKind.fromValue(referral.partnerKind), referral.partnerName, referral.reason,
                referral.consentRecordedAt, ReferralStatus.fromValue(referral.status), staff.get(referral.referredById),
                referral.createdAt, referral.version);
        api.setConsentNote(referral.consentNote);
        api.setOutcome(referral.outcome);
        return api;
    }

    static be.hestia.api.model.Attachment toApi(Attachment attachment, Map<UUID, StaffSummary> staff) {
        be.hestia.api.model.Attachment api = new be.hestia.api.model.Attachment(attachment.id,
                attachment.caseFileId, attachment.fileName, attachment.mediaType, attachment.sizeBytes,
                attachment.sha256, staff.get(attachment.uploadedById), attachment.createdAt, attachment.version);
        api.setEntryId(attachment.caseEntryId);
        return api;
    }

    static be.hestia.api.model.FollowUpTask toApi(FollowUpTask task, String householdName,
            Map<UUID, StaffSummary> staff) {
        be.hestia.api.model.FollowUpTask api = new be.hestia.api.model.FollowUpTask(task.id, task.caseFileId,
                householdName, task.title, task.dueDate, staff.get(task.assigneeId), task.version);
        api.setDoneAt(task.doneAt);
        return api;
    }

    private static Transition toApi(CaseFileTransition transition, Map<UUID, StaffSummary> staff) {
        Transition api = new Transition(CaseFileStatus.fromValue(transition.toStatus), transition.at,
                staff.get(transition.byId));
        api.setFrom(transition.fromStatus == null ? null : CaseFileStatus.fromValue(transition.fromStatus));
        api.setReason(transition.reason);
        return api;
    }

    private static List<CaseTheme> themes(String[] themes) {
        return Arrays.stream(themes).map(CaseTheme::fromValue).toList();
    }
}
