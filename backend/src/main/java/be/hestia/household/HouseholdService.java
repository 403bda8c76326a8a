package be.hestia.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import be.hestia.api.model.DwellingLease;
import be.hestia.api.model.DwellingLeases;
import be.hestia.api.model.DwellingRef;
import be.hestia.api.model.HouseholdInput;
import be.hestia.api.model.HouseholdName;
import be.hestia.api.model.HouseholdPage;
import be.hestia.api.model.LeaseInput;
import be.hestia.api.model.MemberInput;
import be.hestia.api.model.MemberRole;
import be.hestia.api.model.NewHouseholdInput;
import be.hestia.api.model.ProblemCode;
import be.hestia.common.PageRequest;
import be.hestia.common.Problems;
import be.hestia.common.Text;
import be.hestia.common.Time;
import be.hestia.dwelling.DwellingService;
import be.hestia.household.HouseholdRepository.HouseholdRow;
import be.hestia.security.OrganisationScope;
import be.hestia.staff.StaffService;

/**
 * Households of the caller's organisation: identity, contact details and dwelling. What it tells of
 * social work is only whether a follow-up exists and who the referent is, never its content.
 */
@ApplicationScoped
public class HouseholdService {

    private final HouseholdRepository households;
    private final DwellingService dwellings;
    private final StaffService staff;
    private final OrganisationScope scope;
    private final Event<HouseholdMoved> moves;

    public HouseholdService(HouseholdRepository households, DwellingService dwellings, StaffService staff,
            OrganisationScope scope, Event<HouseholdMoved> moves) {
        this.households = households;
        this.dwellings = dwellings;
        this.staff = staff;
        this.scope = scope;
        this.moves = moves;
    }

    public HouseholdPage list(String query, UUID siteId, PageRequest page) {
        HouseholdRepository.Found found = households.page(scope.id(), query, siteId, page);
        List<HouseholdRow> rows = found.rows();
        var dwellingRefs = dwellings.refs(rows.stream().map(HouseholdRow::dwellingId).filter(Objects::nonNull).toList());
        var names = staff.summaries(rows.stream().map(HouseholdRow::referentId).filter(Objects::nonNull).toList());
        return new HouseholdPage(rows.stream().map(row -> HouseholdMapper.toSummary(row, dwellingRefs, names)).toList(),
                page.metaUpToLimit(found.counted()));
    }

    public be.hestia.api.model.Household get(UUID id) {
        return toApi(find(id));
    }

    /**
     * Registers a household with its members and, when given, the lease it starts: all in one
     * transaction, so a dwelling someone rents now (409 {@code dwelling-occupied}) or an unknown one
     * leaves no household behind.
     */
    @Transactional
    public be.hestia.api.model.Household create(NewHouseholdInput input) {
        LeaseInput lease = input.getLease();
        DwellingRef dwelling = lease == null ? null : dwellings.lockActiveDwelling(lease.getDwellingId(), "lease.dwellingId");
        if (dwelling != null && households.currentOccupant(dwelling.getId()).isPresent()) {
            throw Problems.conflict(ProblemCode.DWELLING_OCCUPIED);
        }
        Household household = new Household(scope.id());
        household.externalRef = Text.blankToNull(input.getExternalRef());
        households.persist(household);
        replaceMembers(household, input.getMembers());
        if (dwelling != null) {
            moveTo(household, dwelling, lease.getStartDate());
        }
        households.flush();
        return toApi(household);
    }

    @Transactional
    public be.hestia.api.model.Household update(UUID id, String ifMatch, HouseholdInput input) {
        Household household = findForUpdate(id);
        household.checkEditable(ifMatch);
        household.externalRef = Text.blankToNull(input.getExternalRef());
        household.updatedAt = Time.now(); // members changed: the household's version moves too
        replaceMembers(household, input.getMembers());
        households.flush();
        return toApi(household);
    }

    /**
     * Starts a lease on a dwelling. The current lease ends the day before; when the new dwelling is
     * on another site, {@link HouseholdMoved} lets case files follow the household.
     */
    @Transactional
    public be.hestia.api.model.Household startLease(UUID id, String ifMatch, LeaseInput input) {
        Household household = findForUpdate(id);
        household.checkEditable(ifMatch);
        DwellingRef dwelling = dwellings.lockActiveDwelling(input.getDwellingId(), "dwellingId");
        moveTo(household, dwelling, input.getStartDate());
        households.flush();
        return toApi(household);
    }

    /**
     * Starts a lease on {@code dwelling}, which the caller has locked ({@link DwellingService#lockActiveDwelling}, so
     * that two households cannot both find it vacant); the current lease ends the day before. When the new
     * dwelling is on another site, {@link HouseholdMoved} lets case files follow the household.
     */
    void moveTo(Household household, DwellingRef dwelling, LocalDate start) {
        if (households.currentOccupant(dwelling.getId()).filter(id -> !id.equals(household.id)).isPresent()) {
            throw Problems.conflict(ProblemCode.DWELLING_OCCUPIED);
        }
        Optional<Lease> current = currentLease(household);
        UUID fromSite = null;
        if (current.isPresent()) {
            Lease previous = current.get();
            if (previous.dwellingId.equals(dwelling.getId())) {
                throw Problems.conflict(ProblemCode.ALREADY_LEASED);
            }
            if (!start.isAfter(previous.startDate)) {
                throw Problems.invalid("startDate", "after-current-lease");
            }
            previous.endDate = start.minusDays(1);
            fromSite = dwellings.refs(List.of(previous.dwellingId)).values().stream().findFirst()
                    .map(DwellingRef::getSiteId).orElse(null);
        }
        households.persist(newLease(household, dwelling.getId(), start));
        household.updatedAt = Time.now();
        if (!Objects.equals(fromSite, dwelling.getSiteId())) {
            moves.fire(new HouseholdMoved(household.id, household.organisationId, fromSite, dwelling.getSiteId()));
        }
    }

    /**
     * Who rents the dwelling and who rented it before, the current lease first: for the roles that
     * work with households (the contract's roles of listDwellingLeases). Another organisation's
     * dwelling is "not found".
     */
    public DwellingLeases dwellingLeases(UUID dwellingId) {
        if (dwellings.refs(List.of(dwellingId)).isEmpty()) {
            throw Problems.notFound("dwelling");
        }
        List<Lease> leases = households.leasesOfDwelling(dwellingId);
        Map<UUID, String> names = households.names(leases.stream().map(l -> l.householdId).distinct().toList());
        return new DwellingLeases(leases.stream().map(lease -> {
            DwellingLease api = new DwellingLease(lease.id,
                    new HouseholdName(lease.householdId, names.getOrDefault(lease.householdId, "")), lease.startDate);
            api.setEndDate(lease.endDate);
            return api;
        }).toList());
    }

    Optional<Lease> currentLease(Household household) {
        return households.leases(household.id).stream().filter(l -> l.endDate == null).findFirst();
    }

    /**
     * For features that work for a household: its name and current site, or a 400 on {@code field}
     * when the caller's organisation has no such household.
     */
    public HouseholdRef requireHousehold(UUID id, String field) {
        Household household = households.findInOrganisation(id, scope.id())
                .orElseThrow(() -> Problems.invalid(field, "unknown-household"));
        return ref(household);
    }

    /** The household's name and current site (null without a current lease). */
    public HouseholdRef ref(Household household) {
        UUID site = households.leases(household.id).stream().filter(l -> l.endDate == null).findFirst()
                .flatMap(l -> dwellings.refs(List.of(l.dwellingId)).values().stream().findFirst())
                .map(DwellingRef::getSiteId).orElse(null);
        return new HouseholdRef(household.id, HouseholdMapper.name(households.members(household.id)), site);
    }

    /** A household as other features need it. */
    public record HouseholdRef(UUID id, String name, UUID siteId) {
    }

    private Household find(UUID id) {
        return households.findInOrganisation(id, scope.id()).orElseThrow(() -> Problems.notFound("household"));
    }

    private Household findForUpdate(UUID id) {
        return households.findInOrganisationForUpdate(id, scope.id())
                .orElseThrow(() -> Problems.notFound("household"));
    }

    void replaceMembers(Household household, List<MemberInput> inputs) {
        long referenceTenants = inputs.stream().filter(m -> m.getRole() == MemberRole.REFERENCE_TENANT).count();
        if (referenceTenants != 1) {
            throw Problems.invalid("members", "one-reference-tenant");
        }
        Map<UUID, HouseholdMember> existing = new HashMap<>();
        households.members(household.id).forEach(m -> existing.put(m.id, m));
        List<HouseholdMember> kept = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            MemberInput input = inputs.get(i);
            HouseholdMember member;
            if (input.getId() == null) {
                member = new HouseholdMember();
                member.id = UUID.randomUUID();
                member.householdId = household.id;
            } else {
                member = existing.remove(input.getId());
                if (member == null) {
                    throw Problems.invalid("members[" + i + "].id", "unknown-member");
                }
            }
            apply(member, input, i);
            kept.add(member);
        }
        existing.values().forEach(households::delete);
        kept.stream().filter(m -> !households.getEntityManager().contains(m)).forEach(households::persist);
    }

    private static void apply(HouseholdMember member, MemberInput input, int position) {
        member.firstName = Text.required(input.getFirstName(), "members[" + position + "].firstName");
        member.lastName = Text.required(input.getLastName(), "members[" + position + "].lastName");
        member.birthDate = input.getBirthDate();
        if (member.birthDate != null && member.birthDate.isAfter(LocalDate.now())) {
            throw Problems.invalid("members[" + position + "].birthDate", "not-future");
        }
        member.preferredLanguage = input.getPreferredLanguage().toString();
        member.phone = Text.blankToNull(input.getPhone());
        member.email = Text.blankToNull(input.getEmail());
        member.role = input.getRole().toString();
        member.position = position;
    }

    private static Lease newLease(Household household, UUID dwellingId, LocalDate start) {
        Lease lease = new Lease();
        lease.id = UUID.randomUUID();
        lease.organisationId = household.organisationId;
        lease.householdId = household.id;
        lease.dwellingId = dwellingId;
        lease.startDate = start;
        lease.createdAt = Time.now();
        return lease;
    }

    private be.hestia.api.model.Household toApi(Household household) {
        List<HouseholdMember> members = households.members(household.id);
        List<Lease> leases = households.leases(household.id);
        HouseholdRepository.FollowUp followUp = households.followUp(household.id);
        var dwellingRefs = dwellings.refs(leases.stream().map(l -> l.dwellingId).toList());
        var names = staff.summaries(Stream.ofNullable(followUp.referentId()).toList());
        return HouseholdMapper.toApi(household, members, leases, followUp, dwellingRefs, names);
    }
}
