package be.hestia.household;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import be.hestia.common.PageRequest;
import be.hestia.household.HouseholdRepository.Found;

/**
 * A household search, best matches first. A household matches when one member's name holds every
 * word of the query, or holds the query once spaces are ignored, or nearly holds it (trigram word
 * similarity: typos); or when its current dwelling's unit, building address and site name together
 * hold every word.
 *
 * <p>Built for an organisation of hundreds of thousands of households: every branch starts from a
 * trigram index (member names; building addresses and site names, whose dwellings are then reached by
 * index), the score is computed once per matching member, and one query gives the page and the
 * number of matches. The words are normalised first, by the functions that fill the search columns,
 * so that the main query compares with plain values. Past {@link PageRequest#COUNT_LIMIT} matches
 * ("1180", "rue"), the best by score are kept (matches of an address, all alike, in no particular
 * order) and the list says it holds more: the user narrows the search.
 *
 * <p>Members are looked up through {@code household_member_in_scope} (migration V12): the caller's organisation's
 * members, by the same rule as the table's row-level policy, but without the policy, which would keep the trigram
 * indexes from leading.
 *
 * <p>The address branch needs a word of the building's address or site name: a word without digit
 * must be there (a unit holds digits), and when the query has none, a word with digits (a street
 * number, a postcode). A unit number alone ("1.01") finds no household: it needs its site or street.
 */
final class HouseholdSearch {

    /** Shorter words hold no trigram: they are checked on the candidates, never used to find them. */
    private static final int INDEXED_WORD = 3;

    /**
     * The matching households of the organisation, best first, at most {@code :capped} of them (the
     * count limit plus one); then one page of them by score and name, with their number.
     */
    private static final String FOUND = """
            , found as (
              select h.id, max(x.score) as score
              from matched x join household h on h.id = x.household_id
              %s
            """ + HouseholdRepository.IN_ORGANISATION + """
              %s
              group by h.id
              order by score desc, h.id
              limit :capped
            )
            """;

    private static final String PAGE = """
            , ranked as (
              select h.id, f.score, count(*) over () as total
              from found f join household h on h.id = f.id
              join household_member r on r.household_id = h.id and r.role = 'reference-tenant'
              order by f.score desc, %1$s
              limit :limit offset :offset
            )
            select %2$s, k.total
            from ranked k join household h on h.id = k.id
            """ + HouseholdRepository.JOINS + """
            order by k.score desc, %1$s
            """;

    private final EntityManager em;
    private final String compact;
    private final List<String> words;

    private HouseholdSearch(EntityManager em, String compact, List<String> words) {
        this.em = em;
        this.compact = compact;
        this.words = words;
    }

    /** The search for {@code rawWords} of {@code query}, or null when no word is left once normalised. */
    static HouseholdSearch of(EntityManager em, String query, List<String> rawWords) {
        StringBuilder sql = new StringBuilder("select hestia_compact(cast(:q as text))");
        for (int i = 0; i < rawWords.size(); i++) {
            sql.append(", hestia_normalize(cast(:w").append(i).append(" as text))");
        }
        Query normalise = em.createNativeQuery(sql.toString()).setParameter("q", query);
        for (int i = 0; i < rawWords.size(); i++) {
            normalise.setParameter("w" + i, rawWords.get(i));
        }
        Object[] row = (Object[]) normalise.getSingleResult();
        List<String> words = new ArrayList<>();
        for (int i = 1; i < row.length; i++) {
            if (row[i] != null && !((String) row[i]).isEmpty()) {
                words.add((String) row[i]);
            }
        }
        return words.isEmpty() ? null : new HouseholdSearch(em, (String) row[0], words);
    }

    Found page(String organisationId, UUID siteId, PageRequest page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("capped", PageRequest.COUNT_LIMIT + 1);
        if (siteId != null) {
            parameters.put("site", siteId);
        }
        String found = matched(organisationId, siteId != null, parameters) + FOUND.formatted(
                siteId == null ? "" : "left join lease l on l.household_id = h.id and l.end_date is null",
                siteId == null ? "" : HouseholdRepository.ON_SITE);
        Query query = em.createNativeQuery(found + PAGE.formatted(HouseholdRepository.NAME_ORDER,
                HouseholdRepository.COLUMNS), Tuple.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.setParameter("limit", page.size()).setParameter("offset", page.offset())
                .getResultList();
        long counted;
        if (!rows.isEmpty()) {
            counted = ((Number) rows.get(0).get("total")).longValue();
        } else if (page.offset() == 0) {
            counted = 0;
        } else { // past the last page: count apart
            Query count = em.createNativeQuery(found + "select count(*) from found");
            parameters.forEach(count::setParameter);
            counted = ((Number) count.getSingleResult()).longValue();
        }
        return new Found(rows.stream().map(HouseholdRepository::toRow).toList(), counted);
    }

    /** {@code with matched(household_id, score) as (...)}: the households the query finds, with a score per member. */
    private String matched(String organisationId, boolean onSite, Map<String, Object> parameters) {
        parameters.put("organisation", organisationId);
        parameters.put("compact", compact);
        parameters.put("compactPattern", "%" + compact + "%");
        boolean anyIndexed = words.stream().anyMatch(w -> w.length() >= INDEXED_WORD);
        List<String> inName = new ArrayList<>();
        List<String> inAddress = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            parameters.put("p" + i, "%" + word + "%"); // normalised text holds no % or _
            inName.add(word.length() >= INDEXED_WORD || !anyIndexed ? "m.search_text like :p" + i
                    : "strpos(m.search_text, :n" + i + ") > 0");
            if (word.length() < INDEXED_WORD && anyIndexed) {
                parameters.put("n" + i, word);
            }
            inAddress.add("(ld.search_text || ' ' || lb.search_text || ' ' || ls.search_text) like :p" + i);
        }
        StringBuilder sql = new StringBuilder("""
                with matched as (
                  select m.household_id, word_similarity(:compact, m.compact_name) as score
                  from household_member_in_scope m
                  where (%s) or m.compact_name like :compactPattern or :compact <%% m.compact_name
                """.formatted(String.join(" and ", inName)));
        List<String> located = addressWords();
        if (!located.isEmpty()) {
            // Every match of an address ranks alike (score 0): past the count limit, any of them will do.
            sql.append("""
                      union all
                      (select ll.household_id, cast(0 as real)
                      from building lb
                      join site ls on ls.id = lb.site_id
                      join dwelling ld on ld.building_id = lb.id
                      join lease ll on ll.dwelling_id = ld.id and ll.end_date is null
                      where lb.organisation_id = :organisation
                    """);
            if (onSite) {
                sql.append("  and lb.site_id = :site\n");
            }
            for (String word : located) {
                String p = ":p" + words.indexOf(word);
                sql.append("""
                          and lb.id in (select b.id from building b
                                        where b.organisation_id = :organisation and b.search_text like %1$s
                                        union all
                                        select b.id from site s join building b on b.site_id = s.id
                                        where s.organisation_id = :organisation and s.search_text like %1$s)
                        """.formatted(p));
            }
            sql.append("  and ").append(String.join("\n  and ", inAddress)).append("\n  limit :capped)\n");
        }
        return sql.append(")\n").toString();
    }

    /** The words that must be in the building's address or site name (see the class comment). */
    private List<String> addressWords() {
        List<String> indexed = words.stream().filter(w -> w.length() >= INDEXED_WORD).toList();
        List<String> letters = indexed.stream().filter(w -> w.chars().noneMatch(Character::isDigit)).toList();
        return letters.isEmpty() ? indexed : letters;
    }
}
