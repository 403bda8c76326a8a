package be.hestia.casefile;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.CaseloadsApi;
import be.hestia.api.model.CaseFile;
import be.hestia.api.model.CaseloadAlertList;
import be.hestia.api.model.CaseloadOverview;
import be.hestia.api.model.ReassignInput;
import be.hestia.common.Responses;
import be.hestia.security.Roles;

/**
 * Every worker's caseload in counts, the files waiting for a referent, and giving a file to another worker: the
 * service manager only (a social worker sees their own list).
 */
@RolesAllowed(Roles.SERVICE_MANAGER)
public class CaseloadResource implements CaseloadsApi {

    private final CaseloadService caseloads;
    private final CaseFileService files;

    public CaseloadResource(CaseloadService caseloads, CaseFileService files) {
        this.caseloads = caseloads;
        this.files = files;
    }

    @Override
    public RestResponse<CaseloadOverview> listCaseloads(Integer quietDays, LocalDate today) {
        return RestResponse.ok(caseloads.overview(quietDays, today));
    }

    @Override
    public RestResponse<CaseloadAlertList> listCaseloadAlerts() {
        return RestResponse.ok(caseloads.alerts());
    }

    @Override
    public RestResponse<CaseFile> reassignCaseFile(UUID caseFileId, String ifMatch, ReassignInput input) {
        CaseFile file = files.reassign(caseFileId, ifMatch, input);
        return Responses.ok(file, file.getVersion());
    }
}
