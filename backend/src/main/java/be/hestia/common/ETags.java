package be.hestia.common;

/**
 * Versions as HTTP entity tags. A representation's ETag is its row version in quotes ({@code "3"});
 * edits must send it back in If-Match, and a mismatch changes nothing.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 428 without If-Match and 412 unless it names {@code currentVersion} (or is {@code *}). */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired();
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(of(currentVersion)) || tag.equals("W/" + of(currentVersion))) {
                return;
            }
        }
        throw Problems.preconditionFailed();
    }
}
