package be.hestia.dwelling;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.hestia.api.model.CommuneCode;
import be.hestia.api.model.DwellingInput;
import be.hestia.api.model.DwellingRef;
import be.hestia.api.model.DwellingPage;
import be.hestia.api.model.DwellingSort;
import be.hestia.api.model.DwellingType;
import be.hestia.api.model.Occupancy;
import be.hestia.api.model.StatusFilter;
import be.hestia.building.BuildingService;
import be.hestia.common.NativeSearch;
import be.hestia.common.PageRequest;
import be.hestia.common.Problems;
import be.hestia.security.OrganisationScope;

/** Dwellings of the caller's organisation. Another organisation's dwelling is "not found". */
@ApplicationScoped
public class DwellingService {

    private final DwellingRepository dwellings;
    private final BuildingService buildings;
    private final OrganisationScope scope;

    public DwellingService(DwellingRepository dwellings, BuildingService buildings, OrganisationScope scope) {
        this.dwellings = dwellings;
        this.buildings = buildings;
        this.scope = scope;
    }

    public DwellingPage list(String query, UUID siteId, UUID buildingId, CommuneCode commune, DwellingType type,
            StatusFilter status, Occupancy occupancy, DwellingSort sort, PageRequest page) {
        NativeSearch search = dwellings.search(scope.id(), query, siteId, buildingId,
                commune == null ? null : commune.toString(), type == null ? null : type.toString(),
                status.toString(), occupancy == null ? null : occupancy.toString());
        return new DwellingPage(dwellings.page(search, sort, page).stream().map(DwellingMapper::toApi).toList(),
                page.meta(search.count()));
    }

    public be.hestia.api.model.Dwelling get(UUID id) {
        return view(id, scope.id());
    }

    @Transactional
    public be.hestia.api.model.Dwelling create(DwellingInput input) {
        Dwelling dwelling = new Dwelling(scope.id());
        apply(dwelling, input);
        dwellings.persistAndFlush(dwelling);
        return view(dwelling.id, dwelling.organisationId);
    }

    @Transactional
    public be.hestia.api.model.Dwelling update(UUID id, String ifMatch, DwellingInput input) {
        Dwelling dwelling = findForUpdate(id);
        dwelling.checkEditable(ifMatch);
        apply(dwelling, input);
        dwellings.flush();
        return view(dwelling.id, dwelling.organisationId);
    }

    @Transactional
    public void retire(UUID id, String ifMatch) {
        Dwelling dwelling = findForUpdate(id);
        dwelling.checkEditable(ifMatch);
        dwelling.retire();
    }

    /** Short descriptions of the caller's organisation's dwellings, by id (unknown ids are left out). */
    public Map<UUID, DwellingRef> refs(Collection<UUID> ids) {
        return dwellings.rows(ids.stream().distinct().toList(), scope.id()).stream()
                .collect(Collectors.toMap(DwellingRepository.DwellingRow::id, DwellingMapper::toRef));
    }

    /** For features that point at a dwelling: the active dwelling {@code id}, or a 400 on {@code field}. */
    public DwellingRef requireActiveDwelling(UUID id, String field) {
        return dwellings.rows(List.of(id), scope.id()).stream().filter(row -> row.retiredAt() == null)
                .map(DwellingMapper::toRef).findFirst()
                .orElseThrow(() -> Problems.invalid(field, "unknown-dwelling"));
    }

    /**
     * For features that start a lease: like {@link #requireActiveDwelling}, and the dwelling stays
     * locked until the caller's transaction ends, so that two leases cannot both find it vacant.
     */
    public DwellingRef lockActiveDwelling(UUID id, String field) {
        if (!dwellings.lockActive(id, scope.id())) {
            throw Problems.invalid(field, "unknown-dwelling");
        }
        return requireActiveDwelling(id, field);
    }

    /** An address as an import names a dwelling. */
    public record DwellingAddress(String street, String number, String postcode, String unit) {
    }

    /**
     * The address of one of the organisation's vacant active dwellings that an import resolves to that
     * very dwelling (another building may share its address), the latest added first; for an import's template.
     */
    public Optional<DwellingAddress> firstVacant() {
        List<Object[]> rows = dwellings.vacant(scope.id(), 20);
        List<UUID> resolved = resolveAddresses(rows.stream()
                .map(row -> row[1] + " " + row[2] + " " + row[3] + " " + row[4]).toList());
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            if (UUID.fromString((String) row[0]).equals(resolved.get(i))) {
                return Optional.of(new DwellingAddress((String) row[1], (String) row[2], (String) row[3], (String) row[4]));
            }
        }
        return Optional.empty();
    }

    /**
     * For imports that name dwellings by address: each "street number postcode unit" resolved to an
     * active dwelling of the caller's organisation, in order (null where none matches).
     */
    public List<UUID> resolveAddresses(List<String> addresses) {
        return dwellings.resolveAddresses(addresses, scope.id());
    }

    private be.hestia.api.model.Dwelling view(UUID id, String organisationId) {
        return dwellings.row(id, organisationId).map(DwellingMapper::toApi)
                .orElseThrow(() -> Problems.notFound("dwelling"));
    }

    private Dwelling findForUpdate(UUID id) {
        return dwellings.findInOrganisationForUpdate(id, scope.id()).orElseThrow(() -> Problems.notFound("dwelling"));
    }

    private void apply(Dwelling dwelling, DwellingInput input) {
        buildings.requireActiveBuilding(input.getBuildingId(), "buildingId");
        String unit = input.getUnit().strip();
        if (unit.isEmpty()) {
            throw Problems.invalid("unit", "not-blank");
        }
        dwelling.buildingId = input.getBuildingId();
        dwelling.unit = unit;
        dwelling.floor = input.getFloor();
        dwelling.bedrooms = input.getBedrooms();
        dwelling.type = input.getType().toString();
    }
}
