package be.hestia.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.AccessLogApi;
import be.hestia.api.model.AccessLogPage;
import be.hestia.common.PageRequest;
import be.hestia.security.Roles;

/**
 * The data protection officer queries the log; the service manager too, to see the reasons
 * social workers gave for opening files outside their caseload.
 */
public class AccessLogResource implements AccessLogApi {

    private final AccessLog log;

    public AccessLogResource(AccessLog log) {
        this.log = log;
    }

    @Override
    @RolesAllowed({ Roles.DPO, Roles.SERVICE_MANAGER })
    public RestResponse<AccessLogPage> listAccessLog(UUID actorId, UUID householdId, OffsetDateTime from,
            OffsetDateTime to, Integer page, Integer size) {
        return RestResponse.ok(log.list(actorId, householdId, from, to, PageRequest.of(page, size)));
    }
}
