package dev.linesift.internal.cli;

import static dev.linesift.internal.cli.CliTest.jsonl;
import static dev.linesift.internal.cli.CliTest.run;
import static dev.linesift.internal.input.WarcFiles.DATE;
import static dev.linesift.internal.input.WarcFiles.concat;
import static dev.linesift.internal.input.WarcFiles.gzipEach;
import static dev.linesift.internal.input.WarcFiles.htmlResponse;
import static dev.linesift.internal.input.WarcFiles.offsets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.internal.input.WarcFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import static dev.linesift.internal.input.WarcFiles.id;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code label} and {@code clean} on crawl archives: one document per page record. */
class ArchiveCliTest {
    private static final String LIBRARY = "https://gazette.example/library";
    private static final String ORCHARD = "https://gazette.example/orchard";
    private static final String WIND = "https://news.example/wind";


    static List<byte[]> crawl() {
        return gzipEach(
                WarcFiles.warcinfo(id(1)),
                WarcFiles.request(LIBRARY, id(2)),
                htmlResponse(LIBRARY, id(3), WarcFiles.LIBRARY_PAGE),
                WarcFiles.metadata(LIBRARY, id(4)),
                WarcFiles.response("https://gazette.example/old", id(5), 301, "text/html", new byte[0]),
                htmlResponse(ORCHARD, id(6), WarcFiles.ORCHARD_PAGE),
                WarcFiles.conversion(WIND, id(7), WarcFiles.WET_TEXT));
    }

    @Test
    void labelPrintsTheLinesOfEveryDocumentWithItsRecord(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("crawl.warc.gz");
        Files.write(file, concat(crawl()));
        CliTest.Run r = run("label", file.toString());
        assertEquals(0, r.code(), r.err());
        List<Map<String, Object>> rows = jsonl(r.out());
        assertEquals(List.of("source", "recordId", "uri", "date", "line", "text", "label", "confidence", "language", "block"),
                List.copyOf(rows.get(0).keySet()));
        Set<List<Object>> records = new LinkedHashSet<>();
        for (Map<String, Object> row : rows) {
            records.add(List.of(row.get("source"), row.get("recordId"), row.get("uri"), row.get("date")));
        }
        assertEquals(List.of(List.of(LIBRARY, id(3), LIBRARY, DATE), List.of(ORCHARD, id(6), ORCHARD, DATE),
                List.of(WIND, id(7), WIND, DATE)), new ArrayList<>(records));
        assertTrue(rows.stream().anyMatch(m -> m.get("text").equals("Valley library opens its doors on Sunday afternoons")
                && m.get("block").equals("title")));
        // The summary line counts what was skipped, by kind.
        assertTrue(r.err().contains(file + ": 3 documents labeled; skipped 1 warcinfo, 1 request, 1 metadata, 1 not-200"), r.err());
        assertFalse(run("label", "--quiet", file.toString()).err().contains("skipped"));
    }

    @Test
    void cleanSeparatesDocumentsAsItDoesFilesAndJsonlCarriesTheRecord(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("crawl.warc");
        Files.write(file, concat(crawl().stream().map(WarcFilesTestSupport::gunzip).toList()));
        CliTest.Run text = run("clean", "--quiet", file.toString());
        assertEquals(0, text.code(), text.err());
        assertEquals("", text.err());
        List<String> articles = List.of(text.out().split("\n\n"));
        assertEquals(3, articles.size(), text.out());
        assertTrue(articles.get(0).startsWith("Valley library opens its doors on Sunday afternoons\n"), articles.get(0));
        assertTrue(articles.get(2).contains("Wind farm plan goes back to the drawing board"), articles.get(2));

        List<Map<String, Object>> json = jsonl(run("clean", "--quiet", "--format", "jsonl", file.toString()).out());
        assertEquals(3, json.size());
        assertEquals(List.of("source", "recordId", "uri", "date", "language", "headline", "text"), List.copyOf(json.get(0).keySet()));
        assertEquals(id(6), json.get(1).get("recordId"));
        assertEquals("Orchard cooperative plants four hundred apple trees", json.get(1).get("headline"));
    }

    @Test
    void aDamagedRecordIsOneErrorLineAndTheBatchGoesOnWithExitCodeOne(@TempDir Path dir) throws Exception {
        List<byte[]> members = new ArrayList<>(crawl());
        byte[] orchard = members.get(5);
        members.set(5, Arrays.copyOf(orchard, orchard.length / 2));
        long[] at = offsets(members);
        // Named for nothing: the archive is known by its first bytes.
        Path file = dir.resolve("download.bin");
        Files.write(file, concat(members));
        Path page = dir.resolve("page.txt");
        Files.writeString(page, "One more page of plain text after the archive.\n", StandardCharsets.UTF_8);
        CliTest.Run r = run("clean", "--format", "jsonl", file.toString(), page.toString());
        assertEquals(1, r.code());
        List<String> errors = r.err().lines().filter(l -> l.contains("record at byte")).toList();
        assertEquals(1, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith("linesift: " + file + ": record at byte " + at[5] + " (" + ORCHARD + "): "), errors.get(0));
        assertTrue(r.err().contains("2 documents labeled, 1 failed; skipped"), r.err());
        List<Map<String, Object>> json = jsonl(r.out());
        assertEquals(List.of(LIBRARY, WIND, page.toString()), json.stream().map(m -> m.get("source")).toList());
        assertFalse(json.get(2).containsKey("recordId"), "documents that are files carry no record fields");
    }

    @Test
    void recordsLabeledInParallelComeOutAsOneThreadPrintsThem(@TempDir Path dir) throws Exception {
        List<byte[]> members = new ArrayList<>(crawl());
        byte[] orchard = members.get(5);
        members.set(5, Arrays.copyOf(orchard, orchard.length / 2));
        Path file = dir.resolve("crawl.warc.gz");
        Files.write(file, concat(members));
        Path again = dir.resolve("again.warc.gz");
        Files.write(again, concat(crawl()));
        Path page = dir.resolve("page.txt");
        Files.writeString(page, "One more page of plain text between the archives.\n", StandardCharsets.UTF_8);
        for (String command : List.of("label", "clean")) {
            CliTest.Run one = run(command, "--threads", "1", file.toString(), page.toString(), again.toString());
            CliTest.Run three = run(command, "--threads", "3", file.toString(), page.toString(), again.toString());
            assertEquals(1, one.code(), one.err());
            assertEquals(one.code(), three.code());
            assertEquals(one.out(), three.out(), command);
            assertEquals(one.err(), three.err(), command);
        }
    }

    @Test
    void standardInputIsSniffedAndTheInputFormatOptionReadsAnArchiveAsOneDocument(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("crawl.wet.gz");
        Files.write(file, concat(gzipEach(WarcFiles.conversion(WIND, id(1), WarcFiles.WET_TEXT))));
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(Files.newInputStream(file));
            CliTest.Run r = run("label", "--quiet", "-");
            assertEquals(0, r.code(), r.err());
            assertEquals(WIND, jsonl(r.out()).get(0).get("uri"));
        } finally {
            System.setIn(stdin);
        }
        Path plain = dir.resolve("crawl.wet");
        Files.write(plain, WarcFiles.conversion(WIND, id(1), WarcFiles.WET_TEXT));
        CliTest.Run forced = run("label", "--quiet", "--input-format", "text", plain.toString());
        assertEquals(0, forced.code(), forced.err());
        assertTrue(jsonl(forced.out()).stream().anyMatch(m -> m.get("text").equals("WARC/1.1")));
    }

    @Test
    void anArchiveAmongOtherInputsKeepsItsPlaceWhateverTheThreads(@TempDir Path dir) throws Exception {
        Path before = dir.resolve("before.txt");
        Files.writeString(before, "The ferry to the island runs twice a day from the old harbour in summer.\n");
        Path archive = dir.resolve("crawl.warc.gz");
        Files.write(archive, concat(crawl()));
        Path after = dir.resolve("after.txt");
        Files.writeString(after, "The village shop now opens on Sunday mornings for fresh bread and papers.\n");
        CliTest.Run one = run("label", "--quiet", "--threads", "1", before.toString(), archive.toString(), after.toString());
        CliTest.Run two = run("label", "--quiet", "--threads", "2", before.toString(), archive.toString(), after.toString());
        assertEquals(0, one.code(), one.err());
        assertEquals(0, two.code(), two.err());
        assertEquals(one.out(), two.out());
        Set<Object> sources = new LinkedHashSet<>();
        for (Map<String, Object> row : jsonl(two.out())) {
            sources.add(row.get("source"));
        }
        assertEquals(List.of(before.toString(), LIBRARY, ORCHARD, WIND, after.toString()), new ArrayList<>(sources));
    }
}
