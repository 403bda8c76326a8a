package be.hestia.agenda;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import be.hestia.common.Rows;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CalendarFeedKeyRepository implements PanacheRepositoryBase<CalendarFeedKey, UUID> {

    /** Whose feed a key hash opens: the worker and their organisation. */
    public record Owner(UUID staffId, String organisationId) {
    }

    /**
     * The owner of the key with this hash, if any, through {@code calendar_feed_owner} (migration V16): the only read
     * made without an organisation scope, in a transaction of its own so that the feed's reads take a connection
     * with the owner's scope.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public Optional<Owner> owner(String keyHash) {
        List<Tuple> rows = getEntityManager().createNativeQuery(
                "select staff_id, organisation_id from calendar_feed_owner(:hash)", Tuple.class)
                .setParameter("hash", keyHash).getResultList();
        return rows.stream().findFirst().map(row -> new Owner(Rows.uuid(row.get("staff_id")),
                (String) row.get("organisation_id")));
    }

    /** Stores a worker's key (a new one, or a renewal replacing the previous one). */
    public void save(UUID staffId, String organisationId, String nonce, String keyHash, OffsetDateTime at,
            boolean replace) {
        getEntityManager().createNativeQuery("""
                insert into calendar_feed_key (staff_id, organisation_id, nonce, key_hash, created_at)
                values (:staff, :organisation, :nonce, :hash, :at)
                on conflict (staff_id) do""" + (replace
                ? " update set nonce = excluded.nonce, key_hash = excluded.key_hash, created_at = excluded.created_at"
                : " nothing"))
                .setParameter("staff", staffId).setParameter("organisation", organisationId)
                .setParameter("nonce", nonce).setParameter("hash", keyHash).setParameter("at", at).executeUpdate();
    }
}
