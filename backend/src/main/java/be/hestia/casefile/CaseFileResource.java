package be.hestia.casefile;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.CaseFilesApi;
import be.hestia.api.model.CaseEntry;
import be.hestia.api.model.CaseEntryInput;
import be.hestia.api.model.CaseEntryPage;
import be.hestia.api.model.CaseFile;
import be.hestia.api.model.CaseFileInput;
import be.hestia.api.model.CaseFilePage;
import be.hestia.api.model.CaseFileStatus;
import be.hestia.api.model.TransitionInput;
import be.hestia.common.PageRequest;
import be.hestia.common.Responses;
import be.hestia.security.Roles;

/** The social service only: social workers and the service manager. Everyone else gets 403. */
@RolesAllowed({ Roles.SOCIAL_WORKER, Roles.SERVICE_MANAGER })
public class CaseFileResource implements CaseFilesApi {

    private final CaseFileService files;
    private final CaseEntryService entries;

    public CaseFileResource(CaseFileService files, CaseEntryService entries) {
        this.files = files;
        this.entries = entries;
    }

    @Override
    public RestResponse<CaseFilePage> listCaseFiles(UUID householdId, UUID referentId, Boolean mine,
            CaseFileStatus status, Integer page, Integer size) {
        return RestResponse.ok(files.list(householdId, referentId, Boolean.TRUE.equals(mine), status,
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
    public RestResponse<CaseEntryPage> listCaseEntries(UUID caseFileId, String reason, Integer page, Integer size) {
        return RestResponse.ok(entries.timeline(caseFileId, reason, PageRequest.of(page, size)));
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
