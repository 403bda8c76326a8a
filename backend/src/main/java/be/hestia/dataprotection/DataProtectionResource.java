package be.hestia.dataprotection;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.DataProtectionApi;
import be.hestia.api.model.RetentionHold;
import be.hestia.api.model.RetentionHoldInput;
import be.hestia.api.model.RetentionReport;
import be.hestia.api.model.RetentionRun;
import be.hestia.api.model.RetentionRunPage;
import be.hestia.common.ExportStream;
import be.hestia.common.PageRequest;
import be.hestia.security.Roles;

/** The data protection officer only: subject-access exports and retention. Everyone else gets 403. */
@RolesAllowed(Roles.DPO)
public class DataProtectionResource implements DataProtectionApi {

    private final SubjectAccessService exports;
    private final RetentionService retention;

    public DataProtectionResource(SubjectAccessService exports, RetentionService retention) {
        this.exports = exports;
        this.retention = retention;
    }

    @Override
    public RestResponse<ExportStream> exportHouseholdData(UUID householdId, String reason) {
        SubjectAccessService.Export export = exports.prepare(householdId, reason);
        return download(exports.json(export), MediaType.APPLICATION_JSON_TYPE, export.fileName("json"));
    }

    @Override
    public RestResponse<ExportStream> exportHouseholdDocument(UUID householdId, String reason) {
        SubjectAccessService.Export export = exports.prepare(householdId, reason);
        return download(exports.document(export), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"),
                export.fileName("html"));
    }

    @Override
    public RestResponse<RetentionReport> getRetentionReport(Integer page, Integer size) {
        return RestResponse.ok(retention.report(PageRequest.of(page, size)));
    }

    @Override
    public RestResponse<RetentionRunPage> listRetentionRuns(Integer page, Integer size) {
        return RestResponse.ok(retention.runs(PageRequest.of(page, size)));
    }

    @Override
    public RestResponse<RetentionRun> startRetentionDryRun() {
        RetentionRun run = retention.dryRun();
        return RestResponse.ResponseBuilder.<RetentionRun> created(
                java.net.URI.create("/api/v1/data-protection/retention/runs/" + run.getId())).entity(run).build();
    }

    @Override
    public RestResponse<RetentionRun> getRetentionRun(UUID runId) {
        return RestResponse.ok(retention.run(runId));
    }

    @Override
    public RestResponse<RetentionHold> placeRetentionHold(RetentionHoldInput input) {
        RetentionHold hold = retention.placeHold(input);
        return RestResponse.ResponseBuilder.<RetentionHold> created(
                java.net.URI.create("/api/v1/data-protection/retention/holds/" + hold.getCaseFileId()))
                .entity(hold).build();
    }

    @Override
    public RestResponse<Void> releaseRetentionHold(UUID caseFileId) {
        retention.releaseHold(caseFileId);
        return RestResponse.noContent();
    }

    private static RestResponse<ExportStream> download(ExportStream body, MediaType type, String fileName) {
        return RestResponse.ResponseBuilder.ok(body, type).header("Content-Disposition",
                "attachment; filename=\"" + fileName + "\"").build();
    }
}
