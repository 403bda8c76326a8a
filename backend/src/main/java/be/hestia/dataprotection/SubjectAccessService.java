package be.hestia.dataprotection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import be.hestia.api.model.Household;
import be.hestia.api.model.Language;
import be.hestia.api.model.Lease;
import be.hestia.api.model.Member;
import be.hestia.api.model.MemberRole;
import be.hestia.api.model.SubjectAccessCaseFile;
import be.hestia.api.model.SubjectAccessHousehold;
import be.hestia.api.model.SubjectAccessLease;
import be.hestia.api.model.SubjectAccessMember;
import be.hestia.audit.AccessLog;
import be.hestia.casefile.CaseFileHistory;
import be.hestia.common.ExportStream;
import be.hestia.common.Problems;
import be.hestia.common.Text;
import be.hestia.common.Time;
import be.hestia.household.HouseholdService;
import be.hestia.reference.ReferenceService;
import be.hestia.security.OrganisationScope;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Subject-access exports: everything Hestia holds about a household, for its data protection
 * officer to hand over. {@link #prepare} checks the organisation and the reason and records the
 * export in the access log; the returned export is then written as it is read, so that a household
 * with a very long history never sits in memory at once. Personal working notes (private entries)
 * are never read.
 */
@ApplicationScoped
public class SubjectAccessService {

    /** An export the caller may receive, ready to be written. */
    public record Export(String organisationId, ExportHeader header, List<SubjectAccessCaseFile> caseFiles) {

        /** e.g. hestia-export-BINHOME-1a2b3c4d-2026-11-20.json */
        public String fileName(String extension) {
            LocalDate day = header.generatedAt().atZoneSameInstant(ZoneId.of("Europe/Brussels")).toLocalDate();
            return "hestia-export-" + organisationId + "-" + header.household().getId().toString().substring(0, 8)
                    + "-" + day + "." + extension;
        }
    }

    private final HouseholdService households;
    private final CaseFileHistory history;
    private final ReferenceService reference;
    private final OrganisationScope scope;
    private final AccessLog log;
    private final ObjectMapper mapper;

    public SubjectAccessService(HouseholdService households, CaseFileHistory history, ReferenceService reference,
            OrganisationScope scope, AccessLog log, ObjectMapper mapper) {
        this.households = households;
        this.history = history;
        this.reference = reference;
        this.scope = scope;
        this.log = log;
        this.mapper = mapper;
    }

    /**
     * The export of a household of the caller's organisation (404 otherwise), recorded in the
     * access log with its reason before anything is written.
     */
    @Transactional
    public Export prepare(UUID householdId, String reason) {
        String why = Text.required(reason, "Hestia-Access-Reason");
        String organisationId = scope.id();
        Household household = households.get(householdId);
        log.record("export", AccessLog.HOUSEHOLD, householdId, householdId, why);
        List<SubjectAccessCaseFile> files = history.filesOf(organisationId, householdId);
        ExportHeader header = new ExportHeader(Time.now(), languageOf(household),
                reference.organisation(organisationId).orElseThrow(() -> Problems.notFound("organisation")),
                toExport(household), household.getName(), List.of(ExportHeader.PERSONAL_WORKING_NOTES), files.size());
        return new Export(organisationId, header, files);
    }

    /** The export as JSON ({@code SubjectAccessExport} in openapi.yaml). */
    public ExportStream json(Export export) {
        return new ExportStream(out -> write(export, new JsonExportSink(mapper, out)));
    }

    /** The export as a readable HTML document in the household's language. */
    public ExportStream document(Export export) {
        return new ExportStream(out -> write(export, new HtmlExportSink(out)));
    }

    /** Runs after the request's transaction, while the response is sent: a read-only transaction of its own. */
    private void write(Export export, ExportSink sink) {
        UUID householdId = export.header().household().getId();
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            sink.begin(export.header());
            for (SubjectAccessCaseFile file : export.caseFiles()) {
                sink.beginCaseFile(file);
                history.forEachEntryPage(file.getId(), sink::entries);
                sink.endCaseFile();
            }
            sink.beginAccessLog();
            log.forEachAboutHousehold(export.organisationId(), householdId, sink::accessLog);
            sink.end();
        });
    }

    /** The reference tenant's preferred language: the language of what Hestia sends the household. */
    private static Language languageOf(Household household) {
        return household.getMembers().stream().filter(m -> m.getRole() == MemberRole.REFERENCE_TENANT)
                .map(Member::getPreferredLanguage).findFirst().orElse(Language.FR);
    }

    private static SubjectAccessHousehold toExport(Household household) {
        SubjectAccessHousehold out = new SubjectAccessHousehold(household.getId(),
                household.getMembers().stream().map(SubjectAccessService::toExport).toList(),
                household.getLeases().stream().map(SubjectAccessService::toExport).toList());
        out.setExternalRef(household.getExternalRef());
        return out;
    }

    private static SubjectAccessMember toExport(Member member) {
        SubjectAccessMember out = new SubjectAccessMember(member.getFirstName(), member.getLastName(),
                member.getRole(), member.getPreferredLanguage());
        out.setBirthDate(member.getBirthDate());
        out.setPhone(member.getPhone());
        out.setEmail(member.getEmail());
        return out;
    }

    private static SubjectAccessLease toExport(Lease lease) {
        SubjectAccessLease out = new SubjectAccessLease(lease.getDwelling().getAddress(), lease.getDwelling().getUnit(),
                lease.getDwelling().getSiteName(), lease.getStartDate());
        out.setEndDate(lease.getEndDate());
        return out;
    }
}
