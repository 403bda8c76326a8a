package be.hestia.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import be.hestia.api.model.CommuneCode;
import io.quarkus.panache.common.Sort;

/** Organisations and communes: reference data that only migrations change. */
@ApplicationScoped
public class ReferenceService {

    private final OrganisationRepository organisations;
    private final CommuneRepository communes;
    private volatile Set<String> organisationIds;

    public ReferenceService(OrganisationRepository organisations, CommuneRepository communes) {
        this.organisations = organisations;
        this.communes = communes;
    }

    public List<be.hestia.api.model.Organisation> organisations() {
        return organisations.listAll(Sort.by("nameFr")).stream().map(ReferenceService::toApi).toList();
    }

    public Optional<be.hestia.api.model.Organisation> organisation(String id) {
        return organisations.findByIdOptional(id).map(ReferenceService::toApi);
    }

    /** Asked on every scoped request, so the sixteen codes are read once and kept. */
    public boolean organisationExists(String id) {
        Set<String> ids = organisationIds;
        if (ids == null) {
            ids = organisations.listAll().stream().map(o -> o.id).collect(Collectors.toUnmodifiableSet());
            organisationIds = ids;
        }
        return ids.contains(id);
    }

    public List<be.hestia.api.model.Commune> communes() {
        return communes.listAll(Sort.by("nameFr")).stream()
                .map(c -> new be.hestia.api.model.Commune(CommuneCode.fromValue(c.code), c.nameFr, c.nameNl,
                        Arrays.asList(c.postcodes)))
                .toList();
    }

    private static be.hestia.api.model.Organisation toApi(Organisation o) {
        return new be.hestia.api.model.Organisation(o.id, o.nameFr, o.nameNl);
    }
}
