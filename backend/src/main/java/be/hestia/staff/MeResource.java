package be.hestia.staff;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.MeApi;
import be.hestia.api.model.Me;
import be.hestia.api.model.Role;
import be.hestia.reference.ReferenceService;
import be.hestia.security.CurrentUser;
import io.quarkus.security.Authenticated;

@Authenticated
public class MeResource implements MeApi {

    private final CurrentUser user;
    private final ReferenceService reference;

    public MeResource(CurrentUser user, ReferenceService reference) {
        this.user = user;
        this.reference = reference;
    }

    @Override
    public RestResponse<Me> getMe() {
        Me me = new Me(user.id().toString(), user.username(), user.displayName(),
                StaffService.hestiaRoles(user.roles()).stream().map(Role::fromValue).toList());
        user.organisationClaim().flatMap(reference::organisation).ifPresent(me::setOrganisation);
        return RestResponse.ok(me);
    }
}
