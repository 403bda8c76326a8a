package be.hestia.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

/**
 * A paged native search: one {@code from ... where ...} clause shared by the page query and its
 * count, with named parameters only (values never enter the SQL text).
 */
public final class NativeSearch {

    private final EntityManager em;
    private final String fromWhere;
    private String countFromWhere;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public NativeSearch(EntityManager em, String fromWhere) {
        this.em = em;
        this.fromWhere = fromWhere;
        this.countFromWhere = fromWhere;
    }

    /**
     * Counts with a lighter clause that finds the same rows (e.g. without a one-to-one join that
     * only adds columns), so that a count can read an index alone.
     */
    public NativeSearch countingFrom(String countFromWhere) {
        this.countFromWhere = countFromWhere;
        return this;
    }

    public NativeSearch bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** The rows of one page; {@code orderBy} must come from a fixed list, never from the request. */
    @SuppressWarnings("unchecked")
    public List<Tuple> page(String select, String orderBy, PageRequest page) {
        Query query = em.createNativeQuery("select " + select + " " + fromWhere + " order by " + orderBy
                + " limit :limit offset :offset", Tuple.class);
        parameters.forEach(query::setParameter);
        return query.setParameter("limit", page.size()).setParameter("offset", page.offset()).getResultList();
    }

    /** The count, stopped at {@link PageRequest#COUNT_LIMIT} + 1 (see {@link PageRequest#metaUpToLimit}). */
    public long countUpToLimit() {
        Query query = em.createNativeQuery("select count(*) from (select 1 " + countFromWhere + " limit "
                + (PageRequest.COUNT_LIMIT + 1) + ") counted");
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    public long count() {
        Query query = em.createNativeQuery("select count(*) " + countFromWhere);
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }
}
