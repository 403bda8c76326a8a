package be.hestia.casefile;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.hestia.api.model.CaseEntryInput;
import be.hestia.api.model.CaseEntryPage;
import be.hestia.api.model.ProblemCode;
import be.hestia.audit.AccessLog;
import be.hestia.common.ETags;
import be.hestia.common.PageRequest;
import be.hestia.common.Problems;
import be.hestia.security.CurrentUser;
import be.hestia.staff.StaffService;

/**
 * The timeline of a case file. A private entry exists for its author only: the queries leave it
 * out for anyone else, managers included, and a direct request for it answers 404.
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

    @Transactional
    public CaseEntryPage timeline(UUID caseFileId, String reason, PageRequest page) {
        CaseFile file = access.require(caseFileId, reason, "read", AccessLog.CASE_TIMELINE, null);
        List<CaseEntry> items = entries.timeline(file.id, user.id(), page);
        var names = staff.summaries(items.stream().flatMap(CaseFileMapper::staffOf).distinct().toList());
        return new CaseEntryPage(items.stream().map(e -> CaseFileMapper.toApi(e, names)).toList(),
                page.meta(entries.countTimeline(file.id, user.id())));
    }

    @Transactional
    public be.hestia.api.model.CaseEntry get(UUID caseFileId, UUID entryId, String reason) {
        CaseFile file = access.require(caseFileId, reason, "read", AccessLog.CASE_ENTRY, entryId);
        CaseEntry entry = entries.findReadable(file.id, entryId, user.id())
                .orElseThrow(() -> Problems.notFound("entry"));
        return toApi(entry);
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
        apply(entry, input);
        entries.flush();
        return toApi(entry);
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
