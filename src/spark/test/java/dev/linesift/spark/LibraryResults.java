package dev.linesift.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.ArchiveItem;
import dev.linesift.ArchiveSummary;
import dev.linesift.CrawlRecord;
import dev.linesift.LabeledLine;
import dev.linesift.LabeledPage;
import dev.linesift.LineSift;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/** What the library itself makes of the test archives, and the check that the job's rows say the same. */
record LibraryResults(Map<String, ArchiveItem.Labeled> documents, long skipped, long failed) {
    /** Labels the archives with a {@code LineSift} of its own. */
    static LibraryResults of(List<Path> archives) {
        Map<String, ArchiveItem.Labeled> documents = new HashMap<>();
        long skipped = 0;
        long failed = 0;
        try (LineSift sift = LineSift.create()) {
            for (Path archive : archives) {
                ArchiveSummary s = sift.labelArchive(archive, item -> {
                    if (item instanceof ArchiveItem.Labeled labeled) {
                        documents.put(labeled.record().recordId(), labeled);
                    }
                });
                skipped += s.skippedTotal();
                failed += s.failed();
            }
        }
        return new LibraryResults(Map.copyOf(documents), skipped, failed);
    }

    /**
     * Checks that there is one row per document and that each row holds the library's result for
     * its record: headers, page language, texts, and every line's number, text, label, confidence
     * (exactly), language and block.
     *
     * @return the lines compared
     */
    int assertRowsMatch(List<Row> rows) {
        assertEquals(documents.size(), rows.size(), "rows");
        int lines = 0;
        for (Row row : rows) {
            String recordId = row.getAs("recordId");
            ArchiveItem.Labeled labeled = documents.get(recordId);
            assertTrue(labeled != null, "a row for a record the library did not label: " + recordId);
            CrawlRecord record = labeled.record();
            LabeledPage page = labeled.page();
            assertEquals(record.targetUri(), row.getAs("url"));
            assertEquals(record.date(), row.getAs("date"));
            assertEquals(page.dominantLanguage().code(), row.getAs("pageLanguage"));
            assertEquals(page.articleText(), row.getAs("articleText"));
            assertEquals(page.bodyText(), row.getAs("bodyText"));
            List<Row> got = row.getList(row.fieldIndex("lines"));
            assertEquals(page.lines().size(), got.size(), recordId);
            for (int i = 0; i < got.size(); i++) {
                LabeledLine want = page.lines().get(i);
                Row line = got.get(i);
                String where = recordId + " line " + want.number();
                assertEquals(want.number(), (int) line.getAs("number"), where);
                assertEquals(want.text(), line.getAs("text"), where);
                assertEquals(want.label().code(), line.getAs("label"), where);
                assertEquals(want.confidence(), (double) line.getAs("confidence"), 0.0, where);
                assertEquals(want.language().code(), line.getAs("language"), where);
                assertEquals(want.block().code(), line.getAs("block"), where);
            }
            lines += got.size();
        }
        return lines;
    }
}
