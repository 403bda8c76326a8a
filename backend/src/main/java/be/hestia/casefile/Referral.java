package be.hestia.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import be.hestia.common.VersionedRecord;

/** A referral (réorientation) of the household to a partner, made with its consent. */
@Entity
@Table(name = "referral")
public class Referral extends VersionedRecord {

    @Column(name = "case_file_id", nullable = false, updatable = false)
    public UUID caseFileId;

    @Column(name = "partner_kind", nullable = false)
    public String partnerKind;

    @Column(name = "partner_name", nullable = false)
    public String partnerName;

    @Column(nullable = false)
    public String reason;

    @Column(name = "consent_recorded_at", nullable = false, updatable = false)
    public OffsetDateTime consentRecordedAt;

    @Column(name = "consent_note")
    public String consentNote;

    /** sent, accepted, refused or completed. */
    @Column(nullable = false)
    public String status;

    public String outcome;

    @Column(name = "referred_by_id", nullable = false, updatable = false)
    public UUID referredById;

    protected Referral() {
    }

    public Referral(String organisationId) {
        super(organisationId);
    }
}
