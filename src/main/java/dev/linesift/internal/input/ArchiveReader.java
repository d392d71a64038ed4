package dev.linesift.internal.input;

import dev.linesift.ArchiveSummary;
import dev.linesift.ArchiveSummary.Skip;
import dev.linesift.CrawlRecord;
import dev.linesift.LineSiftException;
import dev.linesift.LineSiftException.Reason;
import dev.linesift.internal.lines.Page;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads a WARC or WET crawl archive ({@code .warc}, {@code .wet}, uncompressed or gzipped, record
 * by record or whole) record by record, never more than one record in memory, and hands each
 * document to a {@link Sink} as a {@link Page}, read as a file of its type would be. Records
 * without a document are counted by kind. A record that is corrupt, cut short or larger than
 * {@link dev.linesift.Limits#maxInputBytes()} is one failure, and reading goes on:
 * <ul>
 *   <li>in a file compressed record by record, as crawls are, at the next gzip member that starts
 *       a record: a damaged member costs its own record only;</li>
 *   <li>in an uncompressed file, at the next line that starts with {@code WARC/};</li>
 *   <li>in a file compressed as one whole, at the next {@code WARC/} line while the compressed data
 *       is sound; once it is damaged, nothing after the damage can be inflated, and reading ends.</li>
 * </ul>
 * Offsets are bytes into the file: a record's own in an uncompressed file, the offset of the gzip
 * member it starts in in a compressed one. Thread-safe: every read has its own state.
 */
public final class ArchiveReader {
    /** Receives what an archive holds, in file order. */
    public interface Sink {
        /** A document, read; {@code page}'s source is its target URI, or {@code FILE#OFFSET} without one. */
        void document(CrawlRecord record, long offset, Page page);

        /** A record that failed; the error names the archive, the offset and the cause. */
        void failed(long offset, CrawlRecord record, LineSiftException error);
    }

    private static final byte[] WARC1 = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int HEAD = 4096;

    private final DocumentReader documents;
    private final long maxBlock;

    /** An archive reader that reads documents with {@code documents}, within its limits. */
    public ArchiveReader(DocumentReader documents) {
        this.documents = documents;
        this.maxBlock = Math.min(documents.limits().maxInputBytes(), Integer.MAX_VALUE - 16);
    }

    /** Whether a file name is that of a crawl archive: {@code .warc} or {@code .wet}, either with {@code .gz}. */
    public static boolean isArchiveName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        return name.endsWith(".warc") || name.endsWith(".wet");
    }

    /** Whether bytes start as a crawl archive does: {@code WARC/1.}, or a gzip member that inflates to it. */
    public static boolean looksLikeArchive(byte[] head) {
        if (startsWith(head, WARC1)) {
            return true;
        }
        if (head.length < 2 || (head[0] & 0xFF) != 0x1F || (head[1] & 0xFF) != 0x8B) {
            return false;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head, 0, Math.min(head.length, HEAD)))) {
            return startsWith(in.readNBytes(WARC1.length), WARC1);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether a file is a crawl archive, by its name or its first bytes; false if it cannot be read. */
    public static boolean isArchive(Path file) {
        if (file.getFileName() != null && isArchiveName(file.getFileName().toString())) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return looksLikeArchive(in.readNBytes(HEAD));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads an archive file.
     *
     * @throws LineSiftException {@code NOT_FOUND} or {@code UNREADABLE} if the file cannot be read,
     *                           {@code UNSUPPORTED_FORMAT} if it is not a crawl archive
     */
    public ArchiveSummary read(Path file, String source, Sink sink) {
        if (Files.isDirectory(file)) {
            throw new LineSiftException(Reason.UNREADABLE, source, "is a directory");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new LineSiftException(Reason.UNREADABLE, source, "not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source, sink);
        } catch (IOException e) {
            throw ParseFailures.reading(source, e);
        }
    }

    /**
     * Reads an archive from a stream to its end; the stream is not closed.
     *
     * @throws LineSiftException {@code UNREADABLE} if the stream fails, {@code UNSUPPORTED_FORMAT}
     *                           if it is not a crawl archive
     */
    public ArchiveSummary read(InputStream in, String source, Sink sink) {
        Run run = new Run(source, sink);
        // Not closed: closing would close the caller's stream.
        RewindableInput raw = new RewindableInput(new BufferedInputStream(in, 1 << 16));
        try {
            byte[] head = raw.peek(HEAD);
            boolean gzip = head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
            if (gzip) {
                if (!looksLikeArchive(head) && inflatesCleanly(head)) {
                    throw new LineSiftException(Reason.UNSUPPORTED_FORMAT, source, "a gzip file, but not of WARC records");
                }
                readMembers(raw, run);
            } else if (head.length > 0) {
                if (!startsWith(head, "WARC/".getBytes(StandardCharsets.US_ASCII))) {
                    throw new LineSiftException(Reason.UNSUPPORTED_FORMAT, source,
                            "not a WARC file: it does not start with a WARC/1. record");
                }
                RecordFramer framer = new RecordFramer(raw, maxBlock);
                for (RecordFramer.Framed f = framer.next(); f != null; f = framer.next()) {
                    handle(f, f.start(), run);
                }
            }
        } catch (IOException e) {
            throw ParseFailures.reading(source, e);
        }
        return run.summary();
    }

    private static boolean inflatesCleanly(byte[] head) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            return in.readNBytes(WARC1.length).length == WARC1.length;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void readMembers(RewindableInput raw, Run run) throws IOException {
        // Enough to go back over any member whose record is within the limit.
        GzipMembers members = new GzipMembers(raw, maxBlock + 2L * RecordFramer.MAX_HEADER);
        for (GzipMember m = members.next(); m != null; m = members.next()) {
            RecordFramer framer = new RecordFramer(new RewindableInput(m), maxBlock);
            boolean failed = false;
            try {
                for (RecordFramer.Framed f = framer.next(); f != null; f = framer.next()) {
                    failed |= handle(f, m.offset(), run);
                }
            } catch (GzipMembers.Fault fault) {
                byte[] partial = framer.partialHeader();
                // A member whose record already failed fails once, whatever else is wrong with it.
                if (!failed || partial.length > 0) {
                    run.fail(m.offset(), WarcContent.headersOf(partial), Reason.MALFORMED, fault.getMessage(), null);
                }
            }
        }
    }

    /** Hands one framed record on; true if it failed. */
    private boolean handle(RecordFramer.Framed framed, long offset, Run run) {
        if (framed instanceof RecordFramer.Corrupt c) {
            run.fail(offset, WarcContent.headersOf(c.header()), Reason.MALFORMED, c.cause(), null);
            return true;
        }
        byte[] block = framed instanceof RecordFramer.Whole w ? w.block() : ((RecordFramer.TooLarge) framed).blockStart();
        WarcContent.Content content;
        try {
            content = WarcContent.read(framed.header(), block);
        } catch (IOException | RuntimeException e) {
            if (framed instanceof RecordFramer.TooLarge t) {
                run.fail(offset, WarcContent.headersOf(framed.header()), Reason.TOO_LARGE, tooLarge(t), null);
            } else {
                run.fail(offset, WarcContent.headersOf(framed.header()), Reason.MALFORMED,
                        "the record cannot be parsed: " + ParseFailures.oneLine(e), e);
            }
            return true;
        }
        if (content instanceof WarcContent.NoDocument none) {
            run.skip(none.kind());
            return false;
        }
        WarcContent.Document doc = (WarcContent.Document) content;
        if (framed instanceof RecordFramer.TooLarge t) {
            run.fail(offset, doc.record(), Reason.TOO_LARGE, tooLarge(t), null);
            return true;
        }
        String uri = doc.record().targetUri();
        String pageSource = uri.isEmpty() ? run.source + "#" + offset : uri;
        Page page;
        try {
            page = WarcContent.page(documents, doc, pageSource, maxBlock);
        } catch (LineSiftException e) {
            if (doc.route() == WarcContent.Route.SNIFF && e.reason() == Reason.UNSUPPORTED_FORMAT) {
                run.skip(Skip.NOT_A_DOCUMENT);
                return false;
            }
            String message = e.getMessage();
            String cause = message.startsWith(pageSource + ": ") ? message.substring(pageSource.length() + 2) : message;
            run.fail(offset, doc.record(), e.reason(), cause, e);
            return true;
        }
        run.document(doc.record(), offset, page);
        return false;
    }

    private String tooLarge(RecordFramer.TooLarge t) {
        return "the record holds " + t.length() + " bytes, more than the limit of " + maxBlock + " bytes";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** One read: where the records go, and the counts. */
    private static final class Run {
        private final String source;
        private final Sink sink;
        private final Map<Skip, Long> skipped = new EnumMap<>(Skip.class);
        private long labeled;
        private long failed;

        Run(String source, Sink sink) {
            this.source = source;
            this.sink = sink;
        }

        void document(CrawlRecord record, long offset, Page page) {
            labeled++;
            sink.document(record, offset, page);
        }

        void skip(Skip kind) {
            skipped.merge(kind, 1L, Long::sum);
        }

        void fail(long offset, CrawlRecord record, Reason reason, String cause, Throwable underlying) {
            failed++;
            String uri = record.targetUri().isEmpty() ? "" : " (" + record.targetUri() + ")";
            sink.failed(offset, record, new LineSiftException(reason, source,
                    "record at byte " + offset + uri + ": " + cause, underlying));
        }

        ArchiveSummary summary() {
            return new ArchiveSummary(labeled, skipped, failed);
        }
    }
}
