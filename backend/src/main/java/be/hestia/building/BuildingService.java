package be.hestia.building;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.hestia.api.model.BuildingInput;
import be.hestia.api.model.BuildingPage;
import be.hestia.api.model.BuildingSort;
import be.hestia.api.model.CommuneCode;
import be.hestia.api.model.ProblemCode;
import be.hestia.api.model.StatusFilter;
import be.hestia.common.NativeSearch;
import be.hestia.common.PageRequest;
import be.hestia.common.Problems;
import be.hestia.common.Text;
import be.hestia.reference.ReferenceService;
import be.hestia.security.OrganisationScope;
import be.hestia.site.SiteService;

/** Buildings of the caller's organisation. Another organisation's building is "not found". */
@ApplicationScoped
public class BuildingService {

    private final BuildingRepository buildings;
    private final SiteService sites;
    private final ReferenceService reference;
    private final OrganisationScope scope;

    public BuildingService(BuildingRepository buildings, SiteService sites, ReferenceService reference,
            OrganisationScope scope) {
        this.buildings = buildings;
        this.sites = sites;
        this.reference = reference;
        this.scope = scope;
    }

    public BuildingPage list(String query, UUID siteId, CommuneCode commune, StatusFilter status, BuildingSort sort,
            PageRequest page) {
        NativeSearch search = buildings.search(scope.id(), query, siteId,
                commune == null ? null : commune.toString(), status.toString());
        return new BuildingPage(buildings.page(search, sort, page).stream().map(BuildingMapper::toApi).toList(),
                page.meta(search.count()));
    }

    public be.hestia.api.model.Building get(UUID id) {
        return view(id, scope.id());
    }

    @Transactional
    public be.hestia.api.model.Building create(BuildingInput input) {
        Building building = new Building(scope.id());
        apply(building, input);
        buildings.persistAndFlush(building);
        return view(building.id, building.organisationId);
    }

    @Transactional
    public be.hestia.api.model.Building update(UUID id, String ifMatch, BuildingInput input) {
        Building building = findForUpdate(id);
        building.checkEditable(ifMatch);
        apply(building, input);
        buildings.flush();
        return view(building.id, building.organisationId);
    }

    @Transactional
    public void retire(UUID id, String ifMatch) {
        Building building = findForUpdate(id);
        building.checkEditable(ifMatch);
        if (buildings.hasActiveDwellings(building.id)) {
            throw Problems.conflict(ProblemCode.BUILDING_HAS_ACTIVE_DWELLINGS);
        }
        building.retire();
    }

    /**
     * For features that attach records to a building: the active building {@code id} of the
     * caller's organisation, or a 400 on {@code field}.
     */
    public be.hestia.api.model.Building requireActiveBuilding(UUID id, String field) {
        return buildings.row(id, scope.id()).filter(row -> row.retiredAt() == null).map(BuildingMapper::toApi)
                .orElseThrow(() -> Problems.invalid(field, "unknown-building"));
    }

    private be.hestia.api.model.Building view(UUID id, String organisationId) {
        return buildings.row(id, organisationId).map(BuildingMapper::toApi)
                .orElseThrow(() -> Problems.notFound("building"));
    }

    private Building findForUpdate(UUID id) {
        return buildings.findInOrganisationForUpdate(id, scope.id()).orElseThrow(() -> Problems.notFound("building"));
    }

    private void apply(Building building, BuildingInput input) {
        sites.requireActiveSiteName(input.getSiteId(), "siteId");
        String commune = input.getCommune().toString();
        boolean postcodeInCommune = reference.communes().stream()
                .filter(c -> c.getCode() == input.getCommune())
                .anyMatch(c -> c.getPostcodes().contains(input.getPostcode()));
        if (!postcodeInCommune) {
            throw Problems.invalid("postcode", "postcode-not-in-commune");
        }
        building.siteId = input.getSiteId();
        building.name = Text.blankToNull(input.getName());
        building.street = Text.required(input.getStreet(), "street");
        building.number = Text.required(input.getNumber(), "number");
        building.postcode = input.getPostcode();
        building.commune = commune;
    }
}
