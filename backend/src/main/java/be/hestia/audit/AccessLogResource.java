package be.hestia.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.AccessLogApi;
import be.hestia.api.model.AccessLogPage;
import be.hestia.common.ContentDisposition;
import be.hestia.common.ExportStream;
import be.hestia.common.PageRequest;
import be.hestia.security.Roles;

/**
 * The data protection officer queries the log; the service manager too, to see the reasons
 * social workers gave for opening files outside their caseload.
 */
public class AccessLogResource implements AccessLogApi {

    private static final MediaType CSV = new MediaType("text", "csv", "UTF-8");

    private final AccessLog log;
    private final AccessLogExport export;

    public AccessLogResource(AccessLog log, AccessLogExport export) {
        this.log = log;
        this.export = export;
    }

    @Override
    @RolesAllowed({ Roles.DPO, Roles.SERVICE_MANAGER })
    public RestResponse<AccessLogPage> listAccessLog(UUID actorId, UUID householdId, OffsetDateTime from,
            OffsetDateTime to, Integer page, Integer size) {
        return RestResponse.ok(log.list(actorId, householdId, from, to, PageRequest.of(page, size)));
    }

    @Override
    @RolesAllowed({ Roles.DPO, Roles.SERVICE_MANAGER })
    public RestResponse<ExportStream> exportAccessLog(UUID actorId, UUID householdId, OffsetDateTime from,
            OffsetDateTime to) {
        AccessLogExport.Csv csv = export.export(actorId, householdId, from, to);
        return RestResponse.ResponseBuilder.ok(csv.body(), CSV)
                .header("Content-Disposition", ContentDisposition.attachment(csv.fileName())).build();
    }
}
