package be.hestia.casefile;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.hestia.api.model.ProblemCode;
import be.hestia.api.model.ReferralInput;
import be.hestia.api.model.ReferralOutcomeInput;
import be.hestia.common.ETags;
import be.hestia.common.Problems;
import be.hestia.common.Text;
import be.hestia.security.CurrentUser;
import be.hestia.staff.StaffService;

/** Referrals to partners: never without the household's consent, each with its outcome. */
@ApplicationScoped
public class ReferralService {

    static final String RECORD = "referral";

    private final ReferralRepository referrals;
    private final CaseFileAccess access;
    private final StaffService staff;
    private final CurrentUser user;

    public ReferralService(ReferralRepository referrals, CaseFileAccess access, StaffService staff,
            CurrentUser user) {
        this.referrals = referrals;
        this.access = access;
        this.staff = staff;
        this.user = user;
    }

    @Transactional
    public List<be.hestia.api.model.Referral> list(UUID caseFileId, String reason) {
        CaseFile file = access.require(caseFileId, reason, "read", RECORD, null);
        List<Referral> found = referrals.ofFile(file.id);
        var names = staff.summaries(found.stream().map(r -> r.referredById).toList());
        return found.stream().map(r -> CaseFileMapper.toApi(r, names)).toList();
    }

    @Transactional
    public be.hestia.api.model.Referral add(UUID caseFileId, String reason, ReferralInput input) {
        CaseFile file = access.require(caseFileId, reason, "create", RECORD, null);
        if (!Boolean.TRUE.equals(input.getConsentGiven())) {
            throw new be.hestia.common.ProblemException(400, ProblemCode.CONSENT_REQUIRED,
                    Problems.detail(ProblemCode.CONSENT_REQUIRED),
                    List.of(Problems.violation("consentGiven", "consent-required")));
        }
        if (!file.isFollowed()) {
            throw Problems.conflict(ProblemCode.FILE_NOT_FOLLOWED);
        }
        Referral referral = new Referral(file.organisationId);
        referral.caseFileId = file.id;
        referral.partnerKind = input.getPartnerKind().toString();
        referral.partnerName = Text.required(input.getPartnerName(), "partnerName");
        referral.reason = Text.required(input.getReason(), "reason");
        referral.consentRecordedAt = referral.createdAt;
        referral.consentNote = Text.blankToNull(input.getConsentNote());
        referral.status = "sent";
        referral.referredById = user.id();
        referrals.persistAndFlush(referral);
        return CaseFileMapper.toApi(referral, staff.summaries(List.of(referral.referredById)));
    }

    @Transactional
    public be.hestia.api.model.Referral recordOutcome(UUID caseFileId, UUID referralId, String ifMatch,
            String reason, ReferralOutcomeInput input) {
        CaseFile file = access.require(caseFileId, reason, "update", RECORD, referralId);
        Referral referral = referrals.findInFileForUpdate(file.id, referralId)
                .orElseThrow(() -> Problems.notFound("referral"));
        ETags.requireMatch(ifMatch, referral.version);
        referral.status = input.getStatus().toString();
        referral.outcome = Text.blankToNull(input.getOutcome());
        referrals.flush();
        return CaseFileMapper.toApi(referral, staff.summaries(List.of(referral.referredById)));
    }
}
