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
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public NativeSearch(EntityManager em, String fromWhere) {
        this.em = em;
        this.fromWhere = fromWhere;
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

    public long count() {
        Query query = em.createNativeQuery("select count(*) " + fromWhere);
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }
}
