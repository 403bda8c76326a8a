package be.hestia.reference;

import java.util.List;


import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.ReferenceApi;
import be.hestia.api.model.Commune;
import be.hestia.api.model.Organisation;
import io.quarkus.security.Authenticated;

/** Reference data is public to every signed-in caller: it holds nothing personal. */
@Authenticated
public class ReferenceResource implements ReferenceApi {

    private final ReferenceService reference;

    public ReferenceResource(ReferenceService reference) {
        this.reference = reference;
    }

    @Override
    public RestResponse<List<Organisation>> listOrganisations() {
        return RestResponse.ok(reference.organisations());
    }

    @Override
    public RestResponse<List<Commune>> listCommunes() {
        return RestResponse.ok(reference.communes());
    }
}
