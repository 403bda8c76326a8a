package be.hestia.household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.hestia.api.model.ImportColumn;
import be.hestia.api.model.ImportError;
import be.hestia.api.model.ImportErrorCode;
import be.hestia.api.model.ImportReport;
import be.hestia.api.model.Language;
import be.hestia.api.model.MemberInput;
import be.hestia.api.model.MemberRole;
import be.hestia.api.model.ProblemCode;
import be.hestia.common.FieldMessage;
import be.hestia.common.Message;
import be.hestia.common.ProblemException;
import be.hestia.common.ProblemTexts;
import be.hestia.common.Problems;
import be.hestia.common.Text;
import be.hestia.dwelling.DwellingService;
import be.hestia.dwelling.DwellingService.DwellingAddress;
import be.hestia.household.HouseholdImport.Claim;
import be.hestia.household.HouseholdImport.MemberLine;
import be.hestia.household.HouseholdImport.Plan;
import be.hestia.household.HouseholdImport.Rejection;
import be.hestia.security.OrganisationScope;

/**
 * Imports the rental system's CSV export: a dry run reports every error of every line; the real import
 * is one transaction (all or nothing); a household whose file lines match what Hestia holds is
 * left untouched, so importing the same file twice changes nothing.
 */
@ApplicationScoped
public class HouseholdImportService {

    private final HouseholdRepository households;
    private final HouseholdService service;
    private final DwellingService dwellings;
    private final OrganisationScope scope;
    private final ProblemTexts texts;

    public HouseholdImportService(HouseholdRepository households, HouseholdService service,
            DwellingService dwellings, OrganisationScope scope, ProblemTexts texts) {
        this.households = households;
        this.service = service;
        this.dwellings = dwellings;
        this.scope = scope;
        this.texts = texts;
    }

    @Transactional
    public ImportReport run(String csv, boolean dryRun) {
        String organisation = scope.id();
        HouseholdImport file = HouseholdImport.read(csv, dwellings::resolveAddresses);
        Map<String, Household> existing = new HashMap<>();
        for (Plan plan : file.plans) {
            households.findByExternalRef(organisation, plan.ref()).ifPresent(h -> existing.put(plan.ref(), h));
        }
        for (Claim claim : file.claims) {
            Household household = existing.containsKey(claim.ref()) ? existing.get(claim.ref())
                    : households.findByExternalRef(organisation, claim.ref()).orElse(null);
            UUID occupant = households.currentOccupant(claim.dwellingId()).orElse(null);
            if (occupant != null && (household == null || !occupant.equals(household.id))
                    && !plannedToMove(occupant, file.plans, existing)) {
                file.reject(new Rejection(claim.line(), null, ImportErrorCode.DWELLING_RENTED, claim.address(), null,
                        null));
            }
        }
        Set<Integer> rejectedLines = file.rejectedLines();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<Plan> accepted = new ArrayList<>();
        for (Plan plan : file.plans) {
            if (rejectedLines.contains(plan.referenceLine())) {
                continue;
            }
            Household household = existing.get(plan.ref());
            Lease current = household == null ? null : service.currentLease(household).orElse(null);
            if (current != null && !current.dwellingId.equals(plan.dwellingId())
                    && !plan.leaseStart().isAfter(current.startDate)) {
                file.reject(new Rejection(plan.referenceLine(), ImportColumn.LEASE_START,
                        ImportErrorCode.LEASE_START_TOO_EARLY, plan.leaseStart().toString(),
                        current.startDate.toString(), null));
                continue;
            }
            accepted.add(plan);
            if (household == null) {
                created++;
            } else if (same(household, plan)) {
                unchanged++;
            } else {
                updated++;
            }
        }
        file.sort();
        if (!dryRun && !file.rejected.isEmpty()) {
            List<FieldMessage> violations = file.rejected.stream().map(r -> new FieldMessage(
                    "line " + r.line() + (r.column() == null ? "" : ", " + r.column()), r.message())).toList();
            throw new ProblemException(422, ProblemCode.IMPORT_REJECTED,
                    Problems.detail(ProblemCode.IMPORT_REJECTED, file.rejectedLines().size()), violations);
        }
        if (!dryRun) {
            accepted.forEach(plan -> apply(organisation, plan));
            households.flush();
        }
        List<ImportError> errors = file.rejected.stream().map(this::toApi).toList();
        return new ImportReport(dryRun, file.lines, accepted.size(), created, updated, unchanged,
                file.rejectedLines().size(), errors);
    }

    /**
     * The file to start an import from: the parser's columns and one line that imports cleanly, on
     * one of the organisation's vacant dwellings (an example address when none is vacant).
     */
    public Template template() {
        DwellingAddress dwelling = dwellings.firstVacant().orElse(HouseholdImportTemplate.EXAMPLE_ADDRESS);
        return new Template(texts.text(Message.of("import.template-file-name")), HouseholdImportTemplate.csv(dwelling));
    }

    /** A file to download: its name in the caller's language and its content. */
    public record Template(String fileName, String csv) {
    }

    private ImportError toApi(Rejection rejection) {
        ImportError error = new ImportError(rejection.line(), rejection.code(), texts.text(rejection.message()));
        error.setColumn(rejection.column());
        error.setValue(rejection.value());
        error.setExpected(rejection.expected());
        error.setOtherLine(rejection.otherLine());
        return error;
    }

    /** Whether the household renting the dwelling now moves elsewhere in this same file. */
    private boolean plannedToMove(UUID occupant, List<Plan> plans, Map<String, Household> existing) {
        return existing.values().stream().anyMatch(h -> h.id.equals(occupant)
                && plans.stream().anyMatch(p -> p.ref().equals(h.externalRef)));
    }

    private void apply(String organisation, Plan plan) {
        Household household = households.findByExternalRef(organisation, plan.ref()).orElse(null);
        if (household == null) {
            household = new Household(organisation);
            household.externalRef = plan.ref();
            households.persist(household);
            service.replaceMembers(household, inputs(plan, Map.of()));
        } else if (same(household, plan)) {
            return;
        } else if (!sameMembers(household, plan)) {
            Map<String, UUID> ids = new HashMap<>();
            households.members(household.id).forEach(m -> ids.put(Text.key(m.firstName, m.lastName), m.id));
            household.updatedAt = be.hestia.common.Time.now();
            service.replaceMembers(household, inputs(plan, ids));
        }
        UUID current = service.currentLease(household).map(l -> l.dwellingId).orElse(null);
        if (!plan.dwellingId().equals(current)) {
            service.moveTo(household, dwellings.lockActiveDwelling(plan.dwellingId(), "body"), plan.leaseStart());
        }
    }

    private boolean same(Household household, Plan plan) {
        UUID current = service.currentLease(household).map(l -> l.dwellingId).orElse(null);
        return sameMembers(household, plan) && plan.dwellingId().equals(current);
    }

    private boolean sameMembers(Household household, Plan plan) {
        List<HouseholdMember> members = households.members(household.id);
        if (members.size() != plan.members().size()) {
            return false;
        }
        for (int i = 0; i < members.size(); i++) {
            HouseholdMember held = members.get(i);
            MemberLine line = plan.members().get(i);
            if (!held.firstName.equals(line.firstName()) || !held.lastName.equals(line.lastName())
                    || !Objects.equals(held.birthDate, line.birthDate())
                    || !held.preferredLanguage.equals(line.language()) || !Objects.equals(held.phone, line.phone())
                    || !Objects.equals(held.email, line.email()) || !held.role.equals(line.role())) {
                return false;
            }
        }
        return true;
    }

    private static List<MemberInput> inputs(Plan plan, Map<String, UUID> existingIds) {
        return plan.members().stream().map(line -> {
            MemberInput input = new MemberInput(line.firstName(), line.lastName(), Language.fromValue(line.language()),
                    MemberRole.fromValue(line.role()));
            input.setId(existingIds.get(Text.key(line.firstName(), line.lastName())));
            input.setBirthDate(line.birthDate());
            input.setPhone(line.phone());
            input.setEmail(line.email());
            return input;
        }).toList();
    }
}
