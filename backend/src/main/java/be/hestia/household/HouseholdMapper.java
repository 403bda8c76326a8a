package be.hestia.household;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.hestia.api.model.DwellingRef;
import be.hestia.api.model.HouseholdSummary;
import be.hestia.api.model.Language;
import be.hestia.api.model.Member;
import be.hestia.api.model.MemberRole;
import be.hestia.api.model.SocialFollowUp;
import be.hestia.api.model.StaffSummary;
import be.hestia.household.HouseholdRepository.FollowUp;
import be.hestia.household.HouseholdRepository.HouseholdRow;

final class HouseholdMapper {

    private HouseholdMapper() {
    }

    static be.hestia.api.model.Household toApi(Household household, List<HouseholdMember> members, List<Lease> leases,
            FollowUp followUp, Map<UUID, DwellingRef> dwellings, Map<UUID, StaffSummary> staff) {
        List<be.hestia.api.model.Lease> apiLeases = leases.stream().map(lease -> toApi(lease, dwellings)).toList();
        be.hestia.api.model.Household api = new be.hestia.api.model.Household(household.id, name(members),
                members.stream().map(HouseholdMapper::toApi).toList(), apiLeases,
                followUp(followUp.active(), followUp.referentId(), staff), household.version, household.createdAt,
                household.updatedAt);
        api.setExternalRef(household.externalRef);
        leases.stream().filter(lease -> lease.endDate == null).findFirst()
                .ifPresent(current -> api.setCurrentLease(toApi(current, dwellings)));
        return api;
    }

    static HouseholdSummary toSummary(HouseholdRow row, Map<UUID, DwellingRef> dwellings,
            Map<UUID, StaffSummary> staff) {
        HouseholdSummary summary = new HouseholdSummary(row.id(), row.name(), row.memberCount(),
                followUp(row.followed(), row.referentId(), staff));
        summary.setExternalRef(row.externalRef());
        summary.setDwelling(row.dwellingId() == null ? null : dwellings.get(row.dwellingId()));
        return summary;
    }

    static String name(List<HouseholdMember> members) {
        return members.stream().filter(m -> HouseholdMember.REFERENCE_TENANT.equals(m.role)).findFirst()
                .or(() -> members.stream().findFirst()).map(HouseholdMember::fullName).orElse("");
    }

    private static SocialFollowUp followUp(boolean active, UUID referentId, Map<UUID, StaffSummary> staff) {
        SocialFollowUp followUp = new SocialFollowUp(active);
        followUp.setReferent(referentId == null ? null : staff.get(referentId));
        return followUp;
    }

    private static Member toApi(HouseholdMember m) {
        Member member = new Member(m.id, m.firstName, m.lastName, Language.fromValue(m.preferredLanguage),
                MemberRole.fromValue(m.role));
        member.setBirthDate(m.birthDate);
        member.setPhone(m.phone);
        member.setEmail(m.email);
        return member;
    }

    private static be.hestia.api.model.Lease toApi(Lease lease, Map<UUID, DwellingRef> dwellings) {
        be.hestia.api.model.Lease api = new be.hestia.api.model.Lease(lease.id, dwellings.get(lease.dwellingId),
                lease.startDate);
        api.setEndDate(lease.endDate);
        return api;
    }
}
