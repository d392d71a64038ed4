package dev.linesift;

import java.util.Objects;

/**
 * Where a document of a crawl archive came from: three headers of its WARC record, each as the
 * file gives it, or the empty string where the record has none (or it could not be read).
 *
 * @param recordId  the {@code WARC-Record-ID}, such as {@code <urn:uuid:...>}
 * @param targetUri the {@code WARC-Target-URI}: the address the page was fetched from
 * @param date      the {@code WARC-Date}: when it was fetched, in the file's own ISO 8601 form
 */
public record CrawlRecord(String recordId, String targetUri, String date) {
    /** A record none of whose headers are known. */
    public static final CrawlRecord UNKNOWN = new CrawlRecord("", "", "");

    /**
     * Checks the values.
     *
     * @param recordId  the {@code WARC-Record-ID}, or empty; not {@code null}
     * @param targetUri the {@code WARC-Target-URI}, or empty; not {@code null}
     * @param date      the {@code WARC-Date}, or empty; not {@code null}
     * @throws NullPointerException if any value is {@code null}
     */
    public CrawlRecord {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(targetUri, "targetUri");
        Objects.requireNonNull(date, "date");
    }
}
