package be.hestia.casefile;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.CaseloadsApi;
import be.hestia.api.model.CaseloadOverview;
import be.hestia.security.Roles;

/** Every worker's caseload in counts: the service manager only (a social worker sees their own list). */
@RolesAllowed(Roles.SERVICE_MANAGER)
public class CaseloadResource implements CaseloadsApi {

    private final CaseloadService caseloads;

    public CaseloadResource(CaseloadService caseloads) {
        this.caseloads = caseloads;
    }

    @Override
    public RestResponse<CaseloadOverview> listCaseloads(Integer quietDays, LocalDate today) {
        return RestResponse.ok(caseloads.overview(quietDays, today));
    }
}
