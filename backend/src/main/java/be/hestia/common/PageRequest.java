package be.hestia.common;

import be.hestia.api.model.PageMeta;

/** A zero-based page of a list; the contract bounds {@code size}, so it is trusted here. */
public record PageRequest(int page, int size) {

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
    }

    /**
     * Lists that can match very many rows stop counting here: past it, the exact number helps nobody
     * and costs a scan of every match on each page.
     */
    public static final int COUNT_LIMIT = 1000;

    public int offset() {
        return page * size;
    }

    public PageMeta meta(long totalItems) {
        int totalPages = (int) ((totalItems + size - 1) / size);
        return new PageMeta(page, size, totalItems, totalPages);
    }

    /** For a count stopped past {@link #COUNT_LIMIT}: then the list reads as "more than the limit". */
    public PageMeta metaUpToLimit(long counted) {
        if (counted <= COUNT_LIMIT) {
            return meta(counted);
        }
        PageMeta meta = meta(COUNT_LIMIT);
        meta.setTotalCapped(true);
        return meta;
    }
}
