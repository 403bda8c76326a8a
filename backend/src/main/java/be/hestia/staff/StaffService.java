package be.hestia.staff;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import be.hestia.api.model.Role;
import be.hestia.api.model.StaffMember;
import be.hestia.api.model.StaffPage;
import be.hestia.api.model.StaffSummary;
import be.hestia.common.PageRequest;
import be.hestia.common.Problems;
import be.hestia.reference.ReferenceService;
import be.hestia.security.CurrentUser;
import be.hestia.security.OrganisationScope;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Staff profiles: synced from Keycloak's directory ({@link StaffDirectorySync}) and refreshed from tokens at sign-in,
 * so that staff can be assigned to sites (and given files) before they first sign in; looked up by the features that
 * show who is assigned.
 */
@ApplicationScoped
public class StaffService {

    private final StaffRepository staff;
    private final ReferenceService reference;
    private final OrganisationScope scope;
    /** What was last written per person, so that an unchanged profile costs no write. */
    private final Map<UUID, String> recorded = new ConcurrentHashMap<>();

    public StaffService(StaffRepository staff, ReferenceService reference, OrganisationScope scope) {
        this.staff = staff;
        this.reference = reference;
        this.scope = scope;
    }

    /** Records the caller's profile if it is new or changed since it was last recorded. */
    public void record(CurrentUser user) {
        if (!user.isAuthenticated()) {
            return;
        }
        UUID id = user.id();
        String organisation = user.organisationClaim().filter(reference::organisationExists).orElse(null);
        List<String> roles = hestiaRoles(user.roles());
        String fingerprint = String.join("|", Objects.toString(organisation), user.username(), user.displayName(),
                String.join(",", roles));
        if (fingerprint.equals(recorded.get(id))) {
            return;
        }
        QuarkusTransaction.requiringNew()
                .run(() -> staff.upsert(id, organisation, user.username(), user.displayName(), roles));
        recorded.put(id, fingerprint);
    }

    /** Forgets what was last recorded for these people, so that their next call records them again. */
    void forget(UUID id) {
        recorded.remove(id);
    }

    void forget(Collection<UUID> ids) {
        ids.forEach(recorded::remove);
    }

    public StaffPage list(String query, Role role, boolean includeInactive, PageRequest page) {
        String organisation = scope.id();
        String roleValue = role == null ? null : role.toString();
        List<UUID> ids = staff.search(organisation, query, roleValue, includeInactive, page);
        Map<UUID, Staff> byId = staff.listByIds(ids).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<StaffMember> items = ids.stream().map(byId::get).map(StaffService::toMember).toList();
        return new StaffPage(items, page.meta(staff.count(organisation, query, roleValue, includeInactive)));
    }

    /** Display names for the given staff ids (unknown ids are left out). */
    public Map<UUID, StaffSummary> summaries(Collection<UUID> ids) {
        return staff.listByIds(ids.stream().filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(s -> s.id, s -> new StaffSummary(s.id, s.displayName)));
    }

    /**
     * Checks that {@code id} is a staff member of the organisation holding one of {@code roles},
     * for an assignment; a 400 on {@code field} otherwise.
     */
    public void requireAssignable(String organisationId, UUID id, String field, String... roles) {
        Staff member = staff.findInOrganisation(id, organisationId)
                .orElseThrow(() -> Problems.invalid(field, "unknown-staff"));
        if (java.util.Arrays.stream(roles).noneMatch(member::hasRole)) {
            throw Problems.invalid(field, "staff-lacks-role");
        }
        if (!member.active) {
            throw Problems.invalid(field, "staff-inactive");
        }
    }

    static List<String> hestiaRoles(Collection<String> tokenRoles) {
        return tokenRoles.stream().filter(StaffService::isHestiaRole).sorted(Comparator.naturalOrder()).toList();
    }

    private static boolean isHestiaRole(String role) {
        for (Role known : Role.values()) {
            if (known.toString().equals(role)) {
                return true;
            }
        }
        return false;
    }

    private static StaffMember toMember(Staff s) {
        List<Role> roles = java.util.Arrays.stream(s.roles).filter(StaffService::isHestiaRole).map(Role::fromValue)
                .toList();
        StaffMember member = new StaffMember(s.id, s.username, s.displayName, roles, s.active);
        member.setSignedInAt(s.signedInAt);
        return member;
    }
}
