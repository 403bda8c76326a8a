package be.hestia.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import be.hestia.common.OwnedRecord;

/** The social file of one household, under professional secrecy. Never retired: closed, then archived. */
@Entity
@Table(name = "case_file")
public class CaseFile extends OwnedRecord {

    @Column(name = "household_id", nullable = false, updatable = false)
    public UUID householdId;

    /**
     * The readable reference (2026-0042): given by the database on insert, from the organisation's
     * counter for the year of opening (migration V14), and read back after the insert.
     */
    @Generated
    @Column(name = "reference", insertable = false, updatable = false)
    public String reference;

    /** The social worker who follows the file: the referent of the household's site. */
    @Column(name = "referent_id")
    public UUID referentId;

    /** open, active, closed or archived. */
    @Column(nullable = false)
    public String status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] themes;

    @Column(name = "request_source", nullable = false)
    public String requestSource;

    @Column(name = "request_detail")
    public String requestDetail;

    @Column(name = "closing_reason")
    public String closingReason;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "last_activity_at", nullable = false)
    public OffsetDateTime lastActivityAt;

    /** Set when the household moved to a site without a referent: the file waits for one (manager's alerts). */
    @Column(name = "awaiting_referent_site_id")
    public UUID awaitingReferentSiteId;

    @Column(name = "awaiting_referent_since")
    public OffsetDateTime awaitingReferentSince;

    protected CaseFile() {
    }

    public CaseFile(String organisationId) {
        super(organisationId);
    }

    public boolean isFollowed() {
        return status.equals("open") || status.equals("active");
    }
}
