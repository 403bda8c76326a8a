package be.hestia.common;

import be.hestia.api.model.PageMeta;

/** A zero-based page of a list; the contract bounds {@code size}, so it is trusted here. */
public record PageRequest(int page, int size) {

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
    }

    public int offset() {
        return page * size;
    }

    public PageMeta meta(long totalItems) {
        int totalPages = (int) ((totalItems + size - 1) / size);
        return new PageMeta(page, size, totalItems, totalPages);
    }
}
