package dev.linesift;

import static dev.linesift.internal.input.WarcFiles.DATE;
import static dev.linesift.internal.input.WarcFiles.concat;
import static dev.linesift.internal.input.WarcFiles.gzipEach;
import static dev.linesift.internal.input.WarcFiles.htmlResponse;
import static dev.linesift.internal.input.WarcFiles.offsets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.ArchiveSummary.Skip;
import dev.linesift.internal.input.WarcFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import static dev.linesift.internal.input.WarcFiles.id;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LineSift#labelArchive}: crawl archives labeled record by record, through the API. */
class ArchiveLabelingTest {
    private static final String LIBRARY = "https://gazette.example/library";
    private static final String WIND = "https://news.example/wind";


    /** A crawl as crawlers write it: warcinfo first, each fetch as request, response and metadata. */
    static List<byte[]> crawl() {
        return gzipEach(
                WarcFiles.warcinfo(id(1)),
                WarcFiles.request(LIBRARY, id(2)),
                htmlResponse(LIBRARY, id(3), WarcFiles.LIBRARY_PAGE),
                WarcFiles.metadata(LIBRARY, id(4)),
                WarcFiles.request("https://gazette.example/old", id(5)),
                WarcFiles.response("https://gazette.example/old", id(6), 404, "text/html", "<p>Gone</p>".getBytes(StandardCharsets.UTF_8)),
                WarcFiles.revisit(LIBRARY, id(7)),
                htmlResponse("https://gazette.example/orchard", id(8), WarcFiles.ORCHARD_PAGE),
                WarcFiles.conversion(WIND, id(9), WarcFiles.WET_TEXT));
    }

    private static List<ArchiveItem> label(Path file, ArchiveSummary[] summary) {
        List<ArchiveItem> items = new ArrayList<>();
        summary[0] = Shared.detector().labelArchive(file, items::add);
        return items;
    }

    @Test
    void pagesAndWetTextsAreLabeledAsTheSamePagesAreDirectly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("crawl.warc.gz");
        Files.write(file, concat(crawl()));
        ArchiveSummary[] summary = new ArchiveSummary[1];
        List<ArchiveItem> items = label(file, summary);
        assertEquals(3, items.size());
        items.forEach(i -> assertInstanceOf(ArchiveItem.Labeled.class, i));
        ArchiveItem.Labeled library = (ArchiveItem.Labeled) items.get(0);
        assertEquals(new CrawlRecord(id(3), LIBRARY, DATE), library.record());
        assertEquals(LIBRARY, library.page().source());
        LabeledPage direct = Shared.detector().labelHtml(WarcFiles.LIBRARY_PAGE, LIBRARY);
        assertEquals(direct, library.page());
        assertTrue(library.page().articleText().contains("Sundays"), library.page().articleText());

        ArchiveItem.Labeled orchard = (ArchiveItem.Labeled) items.get(1);
        assertEquals(Shared.detector().labelHtml(WarcFiles.ORCHARD_PAGE, "x").lines(), orchard.page().lines());

        ArchiveItem.Labeled wet = (ArchiveItem.Labeled) items.get(2);
        assertEquals(new CrawlRecord(id(9), WIND, DATE), wet.record());
        LabeledPage text = Shared.detector().label(WarcFiles.WET_TEXT);
        assertEquals(text.lines(), wet.page().lines());
        assertEquals(text.lineCount(), wet.page().lineCount());
        assertEquals(text.dominantLanguage(), wet.page().dominantLanguage());

        assertEquals(new ArchiveSummary(3, Map.of(Skip.WARCINFO, 1L, Skip.REQUEST, 2L, Skip.METADATA, 1L,
                Skip.NOT_200, 1L, Skip.REVISIT, 1L), 0), summary[0]);
        assertEquals(9, summary[0].records());
        assertEquals(6, summary[0].skippedTotal());
        assertEquals(0, summary[0].skipped(Skip.OTHER));
    }

    @Test
    void aCorruptRecordInTheMiddleAndACutOneAtTheEndFailAloneWithTheirOffsets(@TempDir Path dir) throws Exception {
        List<byte[]> members = new ArrayList<>(crawl());
        byte[] orchard = members.get(7).clone();
        for (int i = 30; i < 90; i++) {
            orchard[i] ^= (byte) 0xA5;
        }
        members.set(7, orchard);
        byte[] wet = members.get(8);
        members.set(8, Arrays.copyOf(wet, wet.length - 40));
        long[] at = offsets(members);
        Path file = dir.resolve("damaged.warc.gz");
        Files.write(file, concat(members));
        ArchiveSummary[] summary = new ArchiveSummary[1];
        List<ArchiveItem> items = label(file, summary);
        assertEquals(3, items.size(), items.toString());
        assertEquals(LIBRARY, ((ArchiveItem.Labeled) items.get(0)).page().source());
        ArchiveItem.Failed corrupt = assertInstanceOf(ArchiveItem.Failed.class, items.get(1));
        assertEquals(file.toString(), corrupt.source());
        assertEquals(at[7], corrupt.offset());
        assertEquals(LineSiftException.Reason.MALFORMED, corrupt.error().reason());
        assertTrue(corrupt.error().getMessage().startsWith(file + ": record at byte " + at[7] + ": "), corrupt.error().getMessage());
        ArchiveItem.Failed cut = assertInstanceOf(ArchiveItem.Failed.class, items.get(2));
        assertEquals(at[8], cut.offset());
        assertTrue(cut.error().getMessage().contains("cut short"), cut.error().getMessage());
        assertEquals(1, summary[0].labeled());
        assertEquals(2, summary[0].failed());
        assertEquals(2, summary[0].skipped(Skip.REQUEST), "records after the damage are still read");
    }

    @Test
    void aRecordOverTheByteLimitFailsAndTheOthersAreLabeled() {
        List<byte[]> members = gzipEach(
                htmlResponse("https://gazette.example/orchard", id(1), WarcFiles.ORCHARD_PAGE),
                htmlResponse(LIBRARY, id(2), WarcFiles.LIBRARY_PAGE),
                WarcFiles.conversion(WIND, id(3), WarcFiles.WET_TEXT));
        long[] at = offsets(members);
        // A limit between the two pages' records (HTTP headers and body).
        int orchardBlock = WarcFiles.http(200, "text/html; charset=utf-8", WarcFiles.ORCHARD_PAGE.getBytes(StandardCharsets.UTF_8)).length;
        assertTrue(WarcFiles.LIBRARY_PAGE.length() > orchardBlock + 100 && WarcFiles.WET_TEXT.length() < orchardBlock);
        try (LineSift small = LineSift.builder().limits(Limits.DEFAULT.withMaxInputBytes(orchardBlock + 10)).build()) {
            List<ArchiveItem> items = new ArrayList<>();
            ArchiveSummary summary = small.labelArchive(new ByteArrayInputStream(concat(members)), "stream", items::add);
            assertEquals(List.of(true, false, true), items.stream().map(i -> i instanceof ArchiveItem.Labeled).toList());
            ArchiveItem.Failed big = (ArchiveItem.Failed) items.get(1);
            assertEquals(at[1], big.offset());
            assertEquals(new CrawlRecord(id(2), LIBRARY, DATE), big.record());
            assertEquals(LineSiftException.Reason.TOO_LARGE, big.error().reason());
            assertEquals("stream", big.error().source());
            assertEquals(new ArchiveSummary(2, Map.of(), 1), summary);
        }
    }

    @Test
    void aWindows1252PageIsReadInTheCharsetItsResponseDeclares() {
        byte[] body = WarcFiles.FJORD_PAGE.getBytes(Charset.forName("windows-1252"));
        byte[] archive = concat(gzipEach(WarcFiles.response("https://avis.example/ferje", id(1), 200,
                "text/html; charset=windows-1252", body)));
        List<ArchiveItem> items = new ArrayList<>();
        Shared.detector().labelArchive(new ByteArrayInputStream(archive), "fjord.warc.gz", items::add);
        LabeledPage page = ((ArchiveItem.Labeled) items.get(0)).page();
        assertEquals(Shared.detector().labelHtml(WarcFiles.FJORD_PAGE, "x").lines(), page.lines());
        assertTrue(page.lines().get(0).text().startsWith("Fergen over fjorden får"), page.lines().get(0).text());
        assertFalse(page.lines().stream().anyMatch(l -> l.text().contains("\uFFFD")));
    }

    @Test
    void aFileThatIsNoArchiveOrIsMissingIsAnError(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("page.html");
        Files.writeString(html, WarcFiles.ORCHARD_PAGE);
        LineSiftException e = assertThrows(LineSiftException.class, () -> Shared.detector().labelArchive(html, i -> { }));
        assertEquals(LineSiftException.Reason.UNSUPPORTED_FORMAT, e.reason());
        LineSiftException missing = assertThrows(LineSiftException.class,
                () -> Shared.detector().labelArchive(dir.resolve("none.warc.gz"), i -> { }));
        assertEquals(LineSiftException.Reason.NOT_FOUND, missing.reason());
        // label(Path) reads one document: an archive is pointed to labelArchive.
        Path warc = dir.resolve("one.warc");
        Files.write(warc, htmlResponse(LIBRARY, id(1), WarcFiles.ORCHARD_PAGE));
        LineSiftException single = assertThrows(LineSiftException.class, () -> Shared.detector().label(warc));
        assertEquals(LineSiftException.Reason.UNSUPPORTED_FORMAT, single.reason());
        assertTrue(single.getMessage().contains("labelArchive"), single.getMessage());
    }

    @Test
    void resultTypesRefuseNulls() {
        assertThrows(NullPointerException.class, () -> new CrawlRecord(null, "", ""));
        assertThrows(IllegalArgumentException.class, () -> new ArchiveSummary(0, Map.of(Skip.OTHER, 0L), 0));
        assertThrows(IllegalArgumentException.class, () -> new ArchiveItem.Failed("x", -1, CrawlRecord.UNKNOWN,
                new LineSiftException(LineSiftException.Reason.MALFORMED, "x", "y")));
        assertEquals("not-a-document", Skip.NOT_A_DOCUMENT.code());
        assertEquals("not-200", Skip.NOT_200.code());
    }
}
