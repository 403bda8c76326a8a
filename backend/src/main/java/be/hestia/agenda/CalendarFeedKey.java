package be.hestia.agenda;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A worker's calendar feed key, as stored: the nonce it is derived from (with the server's secret) and its hash,
 * never the key itself.
 */
@Entity
@Table(name = "calendar_feed_key")
public class CalendarFeedKey {

    @Id
    @Column(name = "staff_id")
    public UUID staffId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(nullable = false)
    public String nonce;

    @Column(name = "key_hash", nullable = false)
    public String keyHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
