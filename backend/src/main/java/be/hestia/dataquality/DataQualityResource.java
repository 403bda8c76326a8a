package be.hestia.dataquality;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.DataQualityApi;
import be.hestia.api.model.DataToComplete;
import be.hestia.security.Roles;

/** What the organisation's records lack, in counts: the administrator. */
@RolesAllowed(Roles.ADMIN)
public class DataQualityResource implements DataQualityApi {

    private final DataQualityService service;

    public DataQualityResource(DataQualityService service) {
        this.service = service;
    }

    @Override
    public RestResponse<DataToComplete> getDataToComplete() {
        return RestResponse.ok(service.dataToComplete());
    }
}
