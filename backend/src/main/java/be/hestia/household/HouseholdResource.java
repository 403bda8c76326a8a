package be.hestia.household;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.HouseholdsApi;
import be.hestia.api.model.DwellingLeases;
import be.hestia.api.model.Household;
import be.hestia.api.model.HouseholdInput;
import be.hestia.api.model.HouseholdPage;
import be.hestia.api.model.ImportReport;
import be.hestia.api.model.LeaseInput;
import be.hestia.api.model.NewHouseholdInput;
import be.hestia.common.ContentDisposition;
import be.hestia.common.PageRequest;
import be.hestia.common.Responses;
import be.hestia.security.Roles;

/** Everyone of the organisation who works with households reads them; the social service and admin edit them. */
public class HouseholdResource implements HouseholdsApi {

    private final HouseholdService households;
    private final HouseholdImportService imports;

    public HouseholdResource(HouseholdService households, HouseholdImportService imports) {
        this.households = households;
        this.imports = imports;
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<ImportReport> importHouseholds(String body, Boolean dryRun) {
        return RestResponse.ok(imports.run(body, !Boolean.FALSE.equals(dryRun)));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<String> getHouseholdImportTemplate() {
        HouseholdImportService.Template template = imports.template();
        return RestResponse.ResponseBuilder.ok(template.csv(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment(template.fileName())).build();
    }

    /** Occupants' names are for the roles that work with households; the DPO sees whether a dwelling is occupied. */
    @Override
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.RENOVATION_WORKER, Roles.FIELD_AGENT, Roles.COLLECTIVE_WORKER,
            Roles.SERVICE_MANAGER, Roles.ADMIN })
    public RestResponse<DwellingLeases> listDwellingLeases(UUID dwellingId) {
        return RestResponse.ok(households.dwellingLeases(dwellingId));
    }

    /** The DPO finds the household a subject-access request is about (identity only, as for every role). */
    @Override
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.RENOVATION_WORKER, Roles.FIELD_AGENT, Roles.COLLECTIVE_WORKER,
            Roles.SERVICE_MANAGER, Roles.ADMIN, Roles.DPO })
    public RestResponse<HouseholdPage> listHouseholds(String q, UUID siteId, Integer page, Integer size) {
        return RestResponse.ok(households.list(q, siteId, PageRequest.of(page, size)));
    }

    @Override
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.RENOVATION_WORKER, Roles.FIELD_AGENT, Roles.COLLECTIVE_WORKER,
            Roles.SERVICE_MANAGER, Roles.ADMIN, Roles.DPO })
    public RestResponse<Household> getHousehold(UUID householdId) {
        Household household = households.get(householdId);
        return Responses.ok(household, household.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.SOCIAL_WORKER, Roles.SERVICE_MANAGER })
    public RestResponse<Household> createHousehold(NewHouseholdInput input) {
        Household household = households.create(input);
        return Responses.created("/api/v1/households/" + household.getId(), household, household.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.SOCIAL_WORKER, Roles.SERVICE_MANAGER })
    public RestResponse<Household> updateHousehold(UUID householdId, String ifMatch, HouseholdInput input) {
        Household household = households.update(householdId, ifMatch, input);
        return Responses.ok(household, household.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.SOCIAL_WORKER, Roles.SERVICE_MANAGER })
    public RestResponse<Household> startLease(UUID householdId, String ifMatch, LeaseInput input) {
        Household household = households.startLease(householdId, ifMatch, input);
        return Responses.ok(household, household.getVersion());
    }
}
