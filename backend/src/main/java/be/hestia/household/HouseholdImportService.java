package be.hestia.household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.hestia.api.model.DwellingRef;
import be.hestia.api.model.ImportReport;
import be.hestia.api.model.Language;
import be.hestia.api.model.MemberInput;
import be.hestia.api.model.MemberRole;
import be.hestia.api.model.ProblemCode;
import be.hestia.api.model.RejectedLine;
import be.hestia.common.FieldMessage;
import be.hestia.common.Message;
import be.hestia.common.ProblemException;
import be.hestia.common.ProblemTexts;
import be.hestia.common.Problems;
import be.hestia.common.Text;
import be.hestia.dwelling.DwellingService;
import be.hestia.household.HouseholdImport.MemberLine;
import be.hestia.household.HouseholdImport.Plan;
import be.hestia.household.HouseholdImport.Rejection;
import be.hestia.security.OrganisationScope;

/**
 * Imports the rental system's CSV export: a dry run reports every rejected line; the real import
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
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<Plan> accepted = new ArrayList<>();
        Map<UUID, Household> existing = new HashMap<>();
        for (Plan plan : file.plans) {
            Household household = households.findByExternalRef(organisation, plan.ref()).orElse(null);
            if (household != null) {
                existing.put(household.id, household);
            }
            UUID occupant = households.currentOccupant(plan.dwellingId()).orElse(null);
            if (occupant != null && (household == null || !occupant.equals(household.id))
                    && !plannedToMove(occupant, file.plans, existing)) {
                file.rejected.add(new Rejection(plan.firstLine(), Message.of("import.dwelling-rented")));
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
        file.rejected.sort((a, b) -> Integer.compare(a.line(), b.line()));
        if (!dryRun && !file.rejected.isEmpty()) {
            List<FieldMessage> violations = file.rejected.stream()
                    .map(r -> new FieldMessage("line " + r.line(), r.reason())).toList();
            throw new ProblemException(422, ProblemCode.IMPORT_REJECTED,
                    Problems.detail(ProblemCode.IMPORT_REJECTED, file.rejected.size()), violations);
        }
        if (!dryRun) {
            accepted.forEach(plan -> apply(organisation, plan));
            households.flush();
        }
        List<RejectedLine> rejected = file.rejected.stream()
                .map(r -> new RejectedLine(r.line(), texts.text(r.reason()))).toList();
        return new ImportReport(dryRun, file.lines, file.plans.size(), created, updated, unchanged, rejected);
    }

    private boolean plannedToMove(UUID occupant, List<Plan> plans, Map<UUID, Household> existing) {
        Household household = existing.get(occupant);
        return household != null && plans.stream().anyMatch(p -> p.ref().equals(household.externalRef));
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
            DwellingRef dwelling = dwellings.refs(List.of(plan.dwellingId())).get(plan.dwellingId());
            service.moveTo(household, dwelling, plan.leaseStart());
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
