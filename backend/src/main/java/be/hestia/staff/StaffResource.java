package be.hestia.staff;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.StaffApi;
import be.hestia.api.model.Role;
import be.hestia.api.model.StaffPage;
import be.hestia.api.model.StaffSyncReport;
import be.hestia.common.PageRequest;
import be.hestia.security.Roles;

public class StaffResource implements StaffApi {

    private final StaffService staff;
    private final StaffDirectorySync directory;

    public StaffResource(StaffService staff, StaffDirectorySync directory) {
        this.staff = staff;
        this.directory = directory;
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.SERVICE_MANAGER })
    public RestResponse<StaffPage> listStaff(String q, Role role, Boolean includeInactive, Integer page, Integer size) {
        return RestResponse.ok(staff.list(q, role, Boolean.TRUE.equals(includeInactive), PageRequest.of(page, size)));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<StaffSyncReport> syncStaffDirectory() {
        return RestResponse.ok(directory.syncCallersOrganisation());
    }
}
