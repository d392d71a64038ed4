package dev.linesift.internal.input;

import static dev.linesift.internal.input.WarcFiles.DATE;
import static dev.linesift.internal.input.WarcFiles.concat;
import static dev.linesift.internal.input.WarcFiles.conversion;
import static dev.linesift.internal.input.WarcFiles.gzip;
import static dev.linesift.internal.input.WarcFiles.gzipEach;
import static dev.linesift.internal.input.WarcFiles.htmlResponse;
import static dev.linesift.internal.input.WarcFiles.offsets;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.ArchiveSummary;
import dev.linesift.ArchiveSummary.Skip;
import dev.linesift.CrawlRecord;
import dev.linesift.Limits;
import dev.linesift.LineSiftException;
import dev.linesift.LineSiftException.Reason;
import dev.linesift.internal.lines.Line;
import dev.linesift.internal.lines.Page;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import static dev.linesift.internal.input.WarcFiles.id;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReaderTest {
    private static final DocumentReader DOCUMENTS = new DocumentReader(Limits.DEFAULT);

    record Doc(CrawlRecord record, long offset, Page page) {
    }

    record Failure(long offset, CrawlRecord record, LineSiftException error) {
    }

    /** What a read gave, in order. */
    static final class Collected implements ArchiveReader.Sink {
        final List<Doc> docs = new ArrayList<>();
        final List<Failure> failures = new ArrayList<>();
        final List<Object> all = new ArrayList<>();
        ArchiveSummary summary;

        @Override
        public void document(CrawlRecord record, long offset, Page page) {
            Doc d = new Doc(record, offset, page);
            docs.add(d);
            all.add(d);
        }

        @Override
        public void failed(long offset, CrawlRecord record, LineSiftException error) {
            Failure f = new Failure(offset, record, error);
            failures.add(f);
            all.add(f);
        }
    }

    @AfterAll
    static void close() {
        DOCUMENTS.close();
    }

    static Collected read(byte[] archive) {
        return read(archive, DOCUMENTS);
    }

    static Collected read(byte[] archive, DocumentReader documents) {
        Collected c = new Collected();
        c.summary = new ArchiveReader(documents).read(new ByteArrayInputStream(archive), "crawl.warc.gz", c);
        return c;
    }


    /** A crawl's mix: one HTML page, one WET text, and records that hold no document. */
    static byte[][] mixedRecords() {
        return new byte[][] {
            WarcFiles.warcinfo(id(1)),
            WarcFiles.request("https://gazette.example/library", id(2)),
            htmlResponse("https://gazette.example/library", id(3), WarcFiles.LIBRARY_PAGE),
            WarcFiles.metadata("https://gazette.example/library", id(4)),
            WarcFiles.response("https://gazette.example/gone", id(5), 404, "text/html", "<p>Not here</p>".getBytes(StandardCharsets.UTF_8)),
            WarcFiles.revisit("https://gazette.example/library", id(6)),
            WarcFiles.response("https://gazette.example/logo.png", id(7), 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}),
            conversion("https://news.example/wind", id(8), WarcFiles.WET_TEXT),
        };
    }

    private static void assertMixedRead(Collected c, long htmlOffset, long wetOffset) {
        assertEquals(List.of(), c.failures);
        assertEquals(2, c.docs.size());
        Doc html = c.docs.get(0);
        assertEquals(new CrawlRecord(id(3), "https://gazette.example/library", DATE), html.record());
        assertEquals(htmlOffset, html.offset());
        assertEquals("https://gazette.example/library", html.page().source());
        assertEquals(DOCUMENTS.readHtml(WarcFiles.LIBRARY_PAGE, "x").lines(), html.page().lines());
        Doc wet = c.docs.get(1);
        assertEquals(new CrawlRecord(id(8), "https://news.example/wind", DATE), wet.record());
        assertEquals(wetOffset, wet.offset());
        assertEquals(DOCUMENTS.readText(WarcFiles.WET_TEXT, "x").lines(), wet.page().lines());
        assertEquals(new ArchiveSummary(2, Map.of(Skip.WARCINFO, 1L, Skip.REQUEST, 1L, Skip.METADATA, 1L,
                Skip.NOT_200, 1L, Skip.REVISIT, 1L, Skip.NOT_A_DOCUMENT, 1L), 0), c.summary);
    }

    @Test
    void aRecordByRecordGzippedCrawlGivesItsPagesAndCountsTheRest() {
        List<byte[]> members = gzipEach(mixedRecords());
        long[] at = offsets(members);
        assertMixedRead(read(concat(members)), at[2], at[7]);
    }

    @Test
    void anUncompressedFileAndAWholeGzippedFileReadTheSame() {
        List<byte[]> records = List.of(mixedRecords());
        long[] at = offsets(records);
        assertMixedRead(read(concat(records)), at[2], at[7]);
        // One gzip member for the whole file: offsets are that member's.
        assertMixedRead(read(gzip(concat(records))), 0, 0);
    }

    @Test
    void aCorruptMemberInTheMiddleFailsAloneAndTheRestIsRead() {
        List<byte[]> members = new ArrayList<>(gzipEach(
                htmlResponse("https://gazette.example/a", id(1), WarcFiles.LIBRARY_PAGE),
                htmlResponse("https://gazette.example/b", id(2), WarcFiles.ORCHARD_PAGE),
                htmlResponse("https://gazette.example/c", id(3), WarcFiles.LIBRARY_PAGE)));
        byte[] middle = members.get(1).clone();
        // Overwrite part of the compressed data (after the 10-byte gzip header) with noise.
        for (int i = 40; i < 140; i++) {
            middle[i] = (byte) (i * 37 + 11);
        }
        members.set(1, middle);
        long[] at = offsets(members);
        Collected c = read(concat(members));
        assertEquals(List.of("https://gazette.example/a", "https://gazette.example/c"),
                c.docs.stream().map(d -> d.record().targetUri()).toList());
        assertEquals(1, c.failures.size(), c.failures.toString());
        Failure f = c.failures.get(0);
        assertEquals(at[1], f.offset());
        assertEquals(Reason.MALFORMED, f.error().reason());
        assertEquals("crawl.warc.gz", f.error().source());
        assertTrue(f.error().getMessage().startsWith("crawl.warc.gz: record at byte " + at[1] + ": "), f.error().getMessage());
        assertEquals(at[2], c.docs.get(1).offset());
        assertEquals(1, c.summary.failed());
        assertEquals(2, c.summary.labeled());
    }

    @Test
    void aMemberCutShortInTheMiddleCostsOnlyItsOwnRecord() {
        List<byte[]> members = new ArrayList<>(gzipEach(
                htmlResponse("https://gazette.example/a", id(1), WarcFiles.LIBRARY_PAGE),
                htmlResponse("https://gazette.example/b", id(2), WarcFiles.LIBRARY_PAGE),
                htmlResponse("https://gazette.example/c", id(3), WarcFiles.ORCHARD_PAGE)));
        byte[] middle = members.get(1);
        members.set(1, Arrays.copyOf(middle, middle.length / 2));
        long[] at = offsets(members);
        // The inflater reads on into the next member's bytes; the search goes back over them.
        Collected c = read(concat(members));
        assertEquals(List.of(id(1), id(3)), c.docs.stream().map(d -> d.record().recordId()).toList());
        assertEquals(List.of(at[1]), c.failures.stream().map(Failure::offset).toList());
        assertEquals(at[2], c.docs.get(1).offset());
    }

    @Test
    void inAWholeGzippedFileACorruptRecordIsFoundPastAndDamagedDataEndsTheFile() {
        byte[] a = htmlResponse("https://gazette.example/a", id(1), WarcFiles.ORCHARD_PAGE);
        byte[] b = WarcFiles.record("response", "https://gazette.example/b", id(2), "application/http; msgtype=response",
                "HTTP/1.1 200 OK\r\n\r\nshort".getBytes(StandardCharsets.US_ASCII));
        String broken = new String(b, StandardCharsets.US_ASCII).replace("Content-Length: ", "Content-Length: x");
        byte[] c3 = htmlResponse("https://gazette.example/c", id(3), WarcFiles.ORCHARD_PAGE);
        Collected c = read(gzip(concat(a, broken.getBytes(StandardCharsets.US_ASCII), c3)));
        assertEquals(List.of(id(1), id(3)), c.docs.stream().map(d -> d.record().recordId()).toList());
        assertEquals(1, c.failures.size());
        assertEquals(0, c.failures.get(0).offset());
        assertEquals(id(2), c.failures.get(0).record().recordId());
        // Damaged compressed data cannot be read past: what came before it is kept, then one failure.
        byte[] whole = gzip(concat(a, c3, htmlResponse("https://gazette.example/d", id(4), WarcFiles.LIBRARY_PAGE)));
        Collected cut = read(Arrays.copyOf(whole, whole.length - 30));
        assertEquals(List.of(id(1), id(3)), cut.docs.stream().map(d -> d.record().recordId()).toList());
        assertEquals(List.of(0L), cut.failures.stream().map(Failure::offset).toList());
        assertEquals(id(4), cut.failures.get(0).record().recordId());
    }

    @Test
    void damagedFilesGiveFailuresNeverAnotherException() {
        List<byte[]> members = gzipEach(mixedRecords());
        byte[] file = concat(members);
        java.util.Random random = new java.util.Random(16);
        for (int round = 0; round < 300; round++) {
            byte[] damaged = round % 3 == 0 ? Arrays.copyOf(file, 2 + random.nextInt(file.length - 2)) : file.clone();
            for (int flips = round % 3 == 0 ? 0 : 1 + random.nextInt(8); flips > 0; flips--) {
                damaged[2 + random.nextInt(damaged.length - 2)] = (byte) random.nextInt(256);
            }
            Collected c;
            try {
                c = read(damaged);
            } catch (LineSiftException e) {
                assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason(), e.getMessage());
                continue;
            }
            assertTrue(c.summary.records() <= mixedRecords().length + 8, "round " + round + ": " + c.summary);
            for (Failure f : c.failures) {
                assertTrue(f.offset() >= 0 && f.offset() < damaged.length, "round " + round);
            }
        }
    }

    @Test
    void aMemberWhoseChecksumDoesNotMatchFailsWithItsHeadersKnown() {
        List<byte[]> members = new ArrayList<>(gzipEach(
                htmlResponse("https://gazette.example/a", id(1), WarcFiles.ORCHARD_PAGE),
                htmlResponse("https://gazette.example/b", id(2), WarcFiles.ORCHARD_PAGE)));
        byte[] first = members.get(0).clone();
        first[first.length - 8] ^= 0x55;
        members.set(0, first);
        Collected c = read(concat(members));
        assertEquals(1, c.failures.size());
        assertEquals(0, c.failures.get(0).offset());
        assertTrue(c.failures.get(0).error().getMessage().contains("checksum"), c.failures.get(0).error().getMessage());
        assertEquals(new CrawlRecord(id(1), "https://gazette.example/a", DATE), c.failures.get(0).record());
        assertEquals(List.of(id(2)), c.docs.stream().map(d -> d.record().recordId()).toList());
    }

    @Test
    void aGzipMemberCutShortAtTheEndIsOneFailure() {
        List<byte[]> members = new ArrayList<>(gzipEach(
                htmlResponse("https://gazette.example/a", id(1), WarcFiles.LIBRARY_PAGE),
                htmlResponse("https://gazette.example/b", id(2), WarcFiles.ORCHARD_PAGE)));
        long[] at = offsets(members);
        byte[] last = members.get(1);
        members.set(1, Arrays.copyOf(last, last.length / 2));
        Collected c = read(concat(members));
        assertEquals(1, c.docs.size());
        assertEquals(1, c.failures.size());
        assertEquals(at[1], c.failures.get(0).offset());
        assertTrue(c.failures.get(0).error().getMessage().contains("cut short"), c.failures.get(0).error().getMessage());
        assertEquals(new ArchiveSummary(1, Map.of(), 1), c.summary);
    }

    @Test
    void inAnUncompressedFileAWrongContentLengthFailsOneRecordAndTheNextIsFound() {
        byte[] good = htmlResponse("https://gazette.example/a", id(1), WarcFiles.ORCHARD_PAGE);
        String bad = new String(htmlResponse("https://gazette.example/b", id(2), WarcFiles.LIBRARY_PAGE), StandardCharsets.ISO_8859_1);
        // Content-Length 40 bytes too long: the block swallows the start of the next record.
        int length = Integer.parseInt(bad.replaceAll("(?s).*?\r\nContent-Length: (\\d+)\r\n\r\n.*", "$1"));
        bad = bad.replaceFirst("\r\nContent-Length: \\d+\r\n\r\n", "\r\nContent-Length: " + (length + 40) + "\r\n\r\n");
        byte[] third = htmlResponse("https://gazette.example/c", id(3), WarcFiles.ORCHARD_PAGE);
        List<byte[]> records = List.of(good, bad.getBytes(StandardCharsets.ISO_8859_1), third);
        long[] at = offsets(records);
        Collected c = read(concat(records));
        assertEquals(List.of(id(1), id(3)), c.docs.stream().map(d -> d.record().recordId()).toList());
        assertEquals(at[2], c.docs.get(1).offset());
        assertEquals(1, c.failures.size());
        assertEquals(at[1], c.failures.get(0).offset());
        assertEquals(id(2), c.failures.get(0).record().recordId());
        assertTrue(c.failures.get(0).error().getMessage().contains("Content-Length"), c.failures.get(0).error().getMessage());
    }

    @Test
    void garbageBetweenRecordsIsOneFailureAndAFileCutShortIsAnother() {
        byte[] a = htmlResponse("https://gazette.example/a", id(1), WarcFiles.ORCHARD_PAGE);
        byte[] noise = "this line is no record\r\nnor is this one\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] b = htmlResponse("https://gazette.example/b", id(2), WarcFiles.ORCHARD_PAGE);
        byte[] cut = Arrays.copyOf(b, b.length - 300);
        Collected c = read(concat(a, noise, b, cut));
        assertEquals(List.of(id(1), id(2)), c.docs.stream().map(d -> d.record().recordId()).toList());
        assertEquals(List.of((long) a.length, (long) (a.length + noise.length + b.length)),
                c.failures.stream().map(Failure::offset).toList());
        assertTrue(c.failures.get(0).error().getMessage().contains("no WARC record starts here"));
        assertTrue(c.failures.get(1).error().getMessage().contains("cut short"));
        assertEquals(id(2), c.failures.get(1).record().recordId(), "the headers of a cut record are known");
    }

    @Test
    void aRecordOverTheByteLimitFailsAloneButLargeRecordsWithoutAPageAreSkipped() {
        byte[] big = htmlResponse("https://gazette.example/big", id(2), WarcFiles.LIBRARY_PAGE);
        byte[] image = WarcFiles.response("https://gazette.example/photo.jpg", id(3), 200, "image/jpeg", new byte[5000]);
        List<byte[]> members = gzipEach(
                htmlResponse("https://gazette.example/a", id(1), "<p>A short page.</p>"),
                big, image,
                htmlResponse("https://gazette.example/c", id(4), "<p>Another short page.</p>"));
        long[] at = offsets(members);
        try (DocumentReader small = new DocumentReader(Limits.DEFAULT.withMaxInputBytes(1000))) {
            Collected c = read(concat(members), small);
            assertEquals(List.of(id(1), id(4)), c.docs.stream().map(d -> d.record().recordId()).toList());
            assertEquals(1, c.failures.size(), c.failures.toString());
            Failure f = c.failures.get(0);
            assertEquals(at[1], f.offset());
            assertEquals(Reason.TOO_LARGE, f.error().reason());
            assertEquals(new CrawlRecord(id(2), "https://gazette.example/big", DATE), f.record());
            assertEquals(1, c.summary.skipped(Skip.NOT_A_DOCUMENT));
            // The same in an uncompressed file.
            Collected plain = read(concat(htmlResponse("https://gazette.example/a", id(1), "<p>A short page.</p>"), big, image,
                    htmlResponse("https://gazette.example/c", id(4), "<p>Another short page.</p>")), small);
            assertEquals(2, plain.docs.size());
            assertEquals(List.of(Reason.TOO_LARGE), plain.failures.stream().map(x -> x.error().reason()).toList());
        }
    }

    @Test
    void theCharsetOfTheHttpContentTypeIsHonoured() {
        byte[] body = WarcFiles.FJORD_PAGE.getBytes(Charset.forName("windows-1252"));
        Collected c = read(concat(gzipEach(
                WarcFiles.response("https://avis.example/ferje", id(1), 200, "text/html; charset=windows-1252", body),
                WarcFiles.response("https://avis.example/ferje-gresk", id(2), 200, "text/html; charset=ISO-8859-7", body),
                WarcFiles.response("https://avis.example/ferje-latin1", id(3), 200, "text/html; charset=iso-8859-1", body))));
        assertEquals(3, c.docs.size());
        List<Line> expected = DOCUMENTS.readHtml(WarcFiles.FJORD_PAGE, "x").lines();
        assertEquals(expected, c.docs.get(0).page().lines());
        assertTrue(c.docs.get(0).page().lines().get(0).text().contains("får"));
        // The same bytes declared Greek: Latin words full of Greek letters contradict the header,
        // and the decoding ladder reads them by the evidence of the bytes (TextDecoder).
        assertEquals(expected, c.docs.get(1).page().lines());
        // ISO-8859-1 is read as windows-1252, as browsers do: the dash and the quotes survive.
        assertEquals(expected, c.docs.get(2).page().lines());
    }

    @Test
    void chunkedAndGzipEncodedBodiesAreDecoded() {
        byte[] page = WarcFiles.ORCHARD_PAGE.getBytes(StandardCharsets.UTF_8);
        byte[] gz = gzip(page);
        String hex = Integer.toHexString(gz.length);
        byte[] http = concat(WarcFiles.ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                        + "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" + hex + "\r\n"), gz,
                WarcFiles.ascii("\r\n0\r\n\r\n"));
        Collected c = read(WarcFiles.record("response", "https://orchard.example/", id(1), "application/http; msgtype=response", http));
        assertEquals(List.of(), c.failures);
        assertEquals(DOCUMENTS.readHtml(WarcFiles.ORCHARD_PAGE, "x").lines(), c.docs.get(0).page().lines());
    }

    @Test
    void aRecordWithoutTargetUriIsNamedByFileAndOffset() {
        byte[] first = WarcFiles.warcinfo(id(1));
        byte[] text = WarcFiles.record("resource", null, id(2), "text/plain", "Just a note\nwith two lines\n".getBytes(StandardCharsets.UTF_8));
        Collected c = read(concat(first, text));
        assertEquals("crawl.warc.gz#" + first.length, c.docs.get(0).page().source());
        assertEquals(new CrawlRecord(id(2), "", DATE), c.docs.get(0).record());
    }

    @Test
    void whatIsNoArchiveIsRefused() {
        LineSiftException e = assertThrows(LineSiftException.class, () -> read("<html><p>hello</p></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason());
        LineSiftException gz = assertThrows(LineSiftException.class, () -> read(gzip("plain words".getBytes(StandardCharsets.UTF_8))));
        assertEquals(Reason.UNSUPPORTED_FORMAT, gz.reason());
        assertEquals(0, read(new byte[0]).summary.records());
    }

    @Test
    void archivesAreKnownByNameAndByTheirFirstBytes(@TempDir Path dir) throws Exception {
        assertTrue(ArchiveReader.isArchiveName("CC-MAIN-00001.warc.gz"));
        assertTrue(ArchiveReader.isArchiveName("x.WET"));
        assertFalse(ArchiveReader.isArchiveName("notes.txt.gz"));
        byte[] record = htmlResponse("https://gazette.example/a", id(1), WarcFiles.ORCHARD_PAGE);
        assertTrue(ArchiveReader.looksLikeArchive(record));
        assertTrue(ArchiveReader.looksLikeArchive(gzip(record)));
        assertFalse(ArchiveReader.looksLikeArchive(gzip(WarcFiles.ORCHARD_PAGE.getBytes(StandardCharsets.UTF_8))));
        assertFalse(ArchiveReader.looksLikeArchive(new byte[] {0x1F, (byte) 0x8B, 8, 0}));
        Path unnamed = dir.resolve("download.bin");
        Files.write(unnamed, gzip(record));
        assertTrue(ArchiveReader.isArchive(unnamed));
        // Read as a single document, an archive is refused with a pointer to what reads it.
        LineSiftException e = assertThrows(LineSiftException.class, () -> DOCUMENTS.read(unnamed, "download.bin"));
        assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().contains("labelArchive"), e.getMessage());
    }

    @Test
    void aFileWrittenByJwarcIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("jwarc.warc.gz");
        try (org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(
                java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
                org.netpreserve.jwarc.WarcCompression.GZIP)) {
            org.netpreserve.jwarc.HttpResponse http = new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                    .body(org.netpreserve.jwarc.MediaType.HTML_UTF8, WarcFiles.ORCHARD_PAGE.getBytes(StandardCharsets.UTF_8)).build();
            writer.write(new org.netpreserve.jwarc.WarcResponse.Builder("https://orchard.example/trees")
                    .date(java.time.Instant.parse(DATE)).body(http).build());
        }
        Collected c = new Collected();
        c.summary = new ArchiveReader(DOCUMENTS).read(file, file.toString(), c);
        assertEquals(List.of(), c.failures);
        assertEquals(1, c.docs.size());
        assertEquals("https://orchard.example/trees", c.docs.get(0).record().targetUri());
        assertEquals(DATE, c.docs.get(0).record().date());
        assertTrue(c.docs.get(0).record().recordId().startsWith("<urn:uuid:"));
        assertEquals(DOCUMENTS.readHtml(WarcFiles.ORCHARD_PAGE, "x").lines(), c.docs.get(0).page().lines());
        assertArrayEquals(new long[] {0}, c.docs.stream().mapToLong(Doc::offset).toArray());
    }
}
