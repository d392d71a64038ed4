package dev.linesift;

import java.util.Objects;

/**
 * What {@link LineSift#labelArchive(java.nio.file.Path, java.util.function.Consumer)} makes of
 * one record of a crawl archive: a {@link Labeled labeled document}, or a {@link Failed failure}.
 * Records that hold no document (requests, metadata, revisits, responses other than 200, ...)
 * give no item; the {@link ArchiveSummary} counts them.
 */
public sealed interface ArchiveItem permits ArchiveItem.Labeled, ArchiveItem.Failed {
    /** {@return the record's WARC headers, as far as they could be read} */
    CrawlRecord record();

    /**
     * A document of the archive, labeled.
     *
     * @param record the record it came from
     * @param page   the labeled page; its {@link LabeledPage#source() source} is the record's target
     *               URI, or {@code FILE#OFFSET} for a record without one
     */
    record Labeled(CrawlRecord record, LabeledPage page) implements ArchiveItem {
        /**
         * Checks the values.
         *
         * @param record the record, not {@code null}
         * @param page   the labeled page, not {@code null}
         * @throws NullPointerException if either is {@code null}
         */
        public Labeled {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(page, "page");
        }
    }

    /**
     * A record that could not be read or labeled: corrupt, cut short, larger than
     * {@link Limits#maxInputBytes()}, or holding a document that fails as a file would. Reading
     * goes on with the next record.
     *
     * @param source the archive, as the caller named it
     * @param offset the byte offset in the archive where the record starts; for a compressed
     *               archive, the offset of the gzip member it starts in (the record's own offset
     *               when, as in crawls, every record is compressed on its own)
     * @param record the record's headers, as far as they could be read ({@link CrawlRecord#UNKNOWN} if not at all)
     * @param error  what went wrong; its message names the archive, the offset and the cause, and its
     *               {@link LineSiftException#reason() reason} is {@code MALFORMED} for a corrupt or
     *               truncated record and {@code TOO_LARGE} for one over the limit
     */
    record Failed(String source, long offset, CrawlRecord record, LineSiftException error) implements ArchiveItem {
        /**
         * Checks the values.
         *
         * @param source the archive, not {@code null}
         * @param offset the record's offset, not negative
         * @param record the record's headers as far as known, not {@code null}
         * @param error  the error, not {@code null}
         * @throws NullPointerException     if a reference is {@code null}
         * @throws IllegalArgumentException if {@code offset} is negative
         */
        public Failed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(error, "error");
            if (offset < 0) {
                throw new IllegalArgumentException("negative offset: " + offset);
            }
        }
    }
}
