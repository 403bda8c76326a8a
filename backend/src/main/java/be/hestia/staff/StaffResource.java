package be.hestia.staff;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.StaffApi;
import be.hestia.api.model.Role;
import be.hestia.api.model.StaffPage;
import be.hestia.common.PageRequest;
import be.hestia.security.Roles;

public class StaffResource implements StaffApi {

    private final StaffService staff;
    public StaffResource(StaffService staff) {
        this.staff = staff;
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.SERVICE_MANAGER })
    public RestResponse<StaffPage> listStaff(String q, Role role, Integer page, Integer size) {
        return RestResponse.ok(staff.list(q, role, PageRequest.of(page, size)));
    }
}
