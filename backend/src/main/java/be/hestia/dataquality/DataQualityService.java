package be.hestia.dataquality;

import jakarta.enterprise.context.ApplicationScoped;

import be.hestia.api.model.DataToComplete;
import be.hestia.dataquality.DataQualityRepository.Gaps;
import be.hestia.security.OrganisationScope;

/**
 * What the organisation's records lack (the administrator's home): counts only, no names, so nothing is logged.
 * Roles are checked by the resource.
 */
@ApplicationScoped
public class DataQualityService {

    private final DataQualityRepository repository;
    private final OrganisationScope scope;

    public DataQualityService(DataQualityRepository repository, OrganisationScope scope) {
        this.repository = repository;
        this.scope = scope;
    }

    public DataToComplete dataToComplete() {
        Gaps gaps = repository.gaps(scope.id());
        return new DataToComplete(gaps.households(), gaps.householdsWithoutLease(), gaps.householdsWithoutContact(),
                gaps.householdsWithoutTenantNumber(), gaps.sitesWithoutReferent(), gaps.buildingsWithoutDwelling());
    }
}
