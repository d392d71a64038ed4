package dev.linesift;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How the records of a crawl archive went: documents labeled, records skipped (by kind) and
 * records that failed.
 *
 * @param labeled documents labeled, one {@link ArchiveItem.Labeled} each
 * @param skipped records that hold no document, counted by kind; kinds that never occurred are absent
 * @param failed  records that failed, one {@link ArchiveItem.Failed} each
 */
public record ArchiveSummary(long labeled, Map<ArchiveSummary.Skip, Long> skipped, long failed) {
    /** Why a record gave no document. */
    public enum Skip {
        /** A {@code warcinfo} record: about the file, not a page. */
        WARCINFO,
        /** A {@code request} record: what the crawler sent. */
        REQUEST,
        /** A {@code metadata} record: what the crawler noted about a fetch (links, timings, ...). */
        METADATA,
        /** A {@code revisit} record: a page fetched before and unchanged, stored without its content. */
        REVISIT,
        /** A {@code response} whose HTTP status is not 200 (redirects, errors, ...). */
        NOT_200,
        /** A response, resource or conversion whose content is not a document: images, scripts, styles, data. */
        NOT_A_DOCUMENT,
        /** Any other record type ({@code continuation}, types of the crawler's own, ...). */
        OTHER;

        /** {@return the kind in lower case with hyphens, as the command line prints it, such as {@code not-200}} */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Checks the values and copies {@code skipped}.
     *
     * @param labeled documents labeled, not negative
     * @param skipped records skipped by kind; copied; counts must be positive
     * @param failed  records failed, not negative
     * @throws NullPointerException     if {@code skipped} or one of its keys or values is {@code null}
     * @throws IllegalArgumentException if a count is negative or a skipped count is zero
     */
    public ArchiveSummary {
        EnumMap<Skip, Long> copy = new EnumMap<>(Skip.class);
        Objects.requireNonNull(skipped, "skipped").forEach((kind, n) -> {
            if (Objects.requireNonNull(n, "count") < 1) {
                throw new IllegalArgumentException("skipped count of " + kind + " is " + n);
            }
            copy.put(Objects.requireNonNull(kind, "kind"), n);
        });
        skipped = Collections.unmodifiableMap(copy);
        if (labeled < 0 || failed < 0) {
            throw new IllegalArgumentException("negative count: " + labeled + " labeled, " + failed + " failed");
        }
    }

    /**
     * The records skipped for one reason.
     *
     * @param kind the reason
     * @return how many, 0 if none
     */
    public long skipped(Skip kind) {
        return skipped.getOrDefault(kind, 0L);
    }

    /** {@return the records skipped, all kinds together} */
    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@return every record read: labeled, skipped and failed} */
    public long records() {
        return labeled + skippedTotal() + failed;
    }
}
