package be.hestia.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.hestia.api.model.CaseEntryInput;
import be.hestia.api.model.CaseEntryPage;
import be.hestia.api.model.EntryKind;
import be.hestia.api.model.ProblemCode;
import be.hestia.audit.AccessLog;
import be.hestia.casefile.CaseEntryRepository.Filter;
import be.hestia.common.ETags;
import be.hestia.common.PageRequest;
import be.hestia.common.Problems;
import be.hestia.common.Time;
import be.hestia.security.CurrentUser;
import be.hestia.staff.StaffService;

/**
 * The timeline of a case file. A private entry exists for its author only: the queries leave it
 * out for anyone else, managers included, and a direct request for it answers 404. So does its
 * history: an edit keeps the version it replaces, readable by whoever may read the entry.
 */
@ApplicationScoped
public class CaseEntryService {

    private final CaseEntryRepository entries;
    private final CaseFileAccess access;
    private final CaseFileService files;
    private final StaffService staff;
    private final CurrentUser user;

    public CaseEntryService(CaseEntryRepository entries, CaseFileAccess access, CaseFileService files,
            StaffService staff, CurrentUser user) {
        this.entries = entries;
        this.access = access;
        this.files = files;
        this.staff = staff;
        this.user = user;
    }

    /**
     * One page of the timeline, filtered by kinds (any when empty), author and period (Brussels days, both
     * included; open-ended when a bound is null). The filters are checked before the file is read.
     */
    @Transactional
    public CaseEntryPage timeline(UUID caseFileId, String reason, List<EntryKind> kinds, UUID authorId,
            LocalDate from, LocalDate to, PageRequest page) {
        Filter filter = filter(kinds, authorId, from, to);
        CaseFile file = access.require(caseFileId, reason, "read", AccessLog.CASE_TIMELINE, null);
        List<CaseEntry> items = entries.timeline(file.id, user.id(), filter, page);
        var names = staff.summaries(items.stream().flatMap(CaseFileMapper::staffOf).distinct().toList());
        return new CaseEntryPage(items.stream().map(e -> CaseFileMapper.toApi(e, names)).toList(),
                page.meta(entries.countTimeline(file.id, user.id(), filter)));
    }

    private static Filter filter(List<EntryKind> kinds, UUID authorId, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Problems.invalid("to", "period-reversed");
        }
        List<String> kindValues = kinds == null ? List.of()
                : kinds.stream().filter(Objects::nonNull).map(EntryKind::toString).distinct().toList();
        return new Filter(kindValues, authorId,
                from == null ? null : from.atStartOfDay(Time.BRUSSELS).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(Time.BRUSSELS).toOffsetDateTime());
    }

    @Transactional
    public be.hestia.api.model.CaseEntry get(UUID caseFileId, UUID entryId, String reason) {
        CaseFile file = access.require(caseFileId, reason, "read", AccessLog.CASE_ENTRY, entryId);
        CaseEntry entry = entries.findReadable(file.id, entryId, user.id())
                .orElseThrow(() -> Problems.notFound("entry"));
        return toApi(entry);
    }

    /**
     * The entry's earlier versions, newest first: the same rule and the same access-log line as reading the
     * entry (a private entry's history is its author's only); an earlier private version is its author's only.
     */
    @Transactional
    public List<be.hestia.api.model.CaseEntryVersion> versions(UUID caseFileId, UUID entryId, String reason) {
        CaseFile file = access.require(caseFileId, reason, "read", AccessLog.CASE_ENTRY, entryId);
        CaseEntry entry = entries.findReadable(file.id, entryId, user.id())
                .orElseThrow(() -> Problems.notFound("entry"));
        List<EntryVersion> kept = entries.versions(entry.id, entry.authorId.equals(user.id()));
        var names = staff.summaries(kept.stream().map(v -> v.writtenById).distinct().toList());
        return kept.stream().map(v -> CaseFileMapper.toApi(v, names)).toList();
    }

    @Transactional
    public be.hestia.api.model.CaseEntry add(UUID caseFileId, String reason, CaseEntryInput input) {
        CaseFile file = access.requireForUpdate(caseFileId, reason, "create", AccessLog.CASE_ENTRY, null);
        files.touchForEntry(file);
        CaseEntry entry = new CaseEntry(file.organisationId);
        entry.caseFileId = file.id;
        entry.authorId = user.id();
        apply(entry, input);
        entries.persistAndFlush(entry);
        return toApi(entry);
    }

    /** Only the author edits an entry, and only the author may change who reads its note. */
    @Transactional
    public be.hestia.api.model.CaseEntry update(UUID caseFileId, UUID entryId, String ifMatch, String reason,
            CaseEntryInput input) {
        CaseFile file = access.require(caseFileId, reason, "update", AccessLog.CASE_ENTRY, entryId);
        CaseEntry entry = entries.findReadableForUpdate(file.id, entryId, user.id())
                .orElseThrow(() -> Problems.notFound("entry"));
        if (!entry.authorId.equals(user.id())) {
            throw Problems.forbidden(ProblemCode.NOT_AUTHOR);
        }
        ETags.requireMatch(ifMatch, entry.version);
        OffsetDateTime now = Time.now();
        EntryVersion before = EntryVersion.of(entry, now);
        apply(entry, input);
        // Saving what is already there is no edit: no version, no "edited" trace.
        if (changed(before, entry)) {
            entries.persist(before);
            entry.editedAt = now;
            entry.editedById = user.id();
        }
        entries.flush();
        return toApi(entry);
    }

    private static boolean changed(EntryVersion before, CaseEntry after) {
        return !before.kind.equals(after.kind) || !before.occurredAt.isEqual(after.occurredAt)
                || !Objects.equals(before.participants, after.participants) || !before.summary.equals(after.summary)
                || !Objects.equals(before.note, after.note) || !before.visibility.equals(after.visibility);
    }

    private static void apply(CaseEntry entry, CaseEntryInput input) {
        if (input.getKind().toString().equals("handover")) {
            throw Problems.invalid("kind", "handover-by-hestia");
        }
        String summary = input.getSummary().strip();
        if (summary.isEmpty()) {
            throw Problems.invalid("summary", "not-blank");
        }
        entry.kind = input.getKind().toString();
        entry.occurredAt = input.getOccurredAt();
        entry.participants = input.getParticipants() == null || input.getParticipants().isBlank() ? null
                : input.getParticipants().strip();
        entry.summary = summary;
        entry.note = input.getNote() == null || input.getNote().isBlank() ? null : input.getNote();
        entry.visibility = input.getVisibility().toString();
    }

    private be.hestia.api.model.CaseEntry toApi(CaseEntry entry) {
        return CaseFileMapper.toApi(entry, staff.summaries(CaseFileMapper.staffOf(entry).toList()));
    }
}
