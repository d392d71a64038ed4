package dev.linesift.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.CrawlRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in Spark's local mode, on archives written by the test, against the library's own results. */
class LabelCrawlTest {
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("linesift-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyRowIsTheLibrarysOwnResultForItsRecord(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        List<Path> archives = TestArchives.write(in);
        String out = dir.resolve("out").toString();

        LabelCrawl.Summary summary = LabelCrawl.run(spark,
                new LabelCrawl.Options(List.of(in + "/*.gz"), out, false));

        LibraryResults expected = LibraryResults.of(archives);
        // 4 WET pages, 2 HTML pages, 2 good records around 2 broken ones; a 404, an image, requests,
        // metadata and warcinfo records are skipped.
        assertEquals(8, expected.documents().size());
        assertEquals(2, expected.failed());
        assertEquals(new LabelCrawl.Summary(3, 1, 8, expected.skipped(), 2), summary);

        Dataset<Row> output = spark.read().parquet(out);
        assertEquals(List.of(CrawlRows.SCHEMA.fieldNames()), List.of(output.schema().fieldNames()));
        int lines = expected.assertRowsMatch(output.collectAsList());
        assertTrue(lines > 100, "too few lines to mean much: " + lines);

        // One task, so one Parquet file, per archive that held documents (none for the file that is no archive).
        try (Stream<Path> files = Files.list(Path.of(out))) {
            assertEquals(3, files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count());
        }
        assertEquals(summary.toJson(),
                Files.readString(Path.of(out, LabelCrawl.SUMMARY_FILE), StandardCharsets.UTF_8).strip());
    }

    @Test
    void anExistingOutputIsAnErrorUnlessOverwriting(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        new TestArchives.Writer("dddddddd").conversion("https://valley-courier.example/a", TestArchives.SUBSCRIBE_EN)
                .writeTo(Files.createDirectories(in).resolve("one.warc.wet.gz"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("old.txt"), "old");

        assertThrows(Exception.class, () -> LabelCrawl.run(spark,
                new LabelCrawl.Options(List.of(in.toString()), out.toString(), false)));
        LabelCrawl.Summary summary = LabelCrawl.run(spark,
                new LabelCrawl.Options(List.of(in.toString()), out.toString(), true));
        assertEquals(new LabelCrawl.Summary(1, 0, 1, 0, 0), summary);
        assertFalse(Files.exists(out.resolve("old.txt")));
        Row row = spark.read().parquet(out.toString()).first();
        assertEquals("https://valley-courier.example/a", row.getAs("url"));
    }

    @Test
    void recordHeadersMissingFromTheArchiveAreNull() {
        Row row = CrawlRows.row(CrawlRecord.UNKNOWN, ExecutorSift.get().label("A line of text that is long enough to read."));
        // url, recordId, date: the first three fields of the schema.
        assertEquals(List.of("url", "recordId", "date"), List.of(CrawlRows.SCHEMA.fieldNames()).subList(0, 3));
        assertNull(row.get(0));
        assertNull(row.get(1));
        assertNull(row.get(2));
        assertEquals(CrawlRows.SCHEMA.size(), row.size());
    }

    @Test
    void inputsAreGlobsFilesOrDirectories(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path nested = Files.createDirectories(a.resolve("2025/03"));
        for (String name : List.of("x.warc.gz", "y.wet", "z.WARC", "notes.txt", "_SUCCESS", ".x.warc.gz.crc")) {
            Files.writeString(a.resolve(name), "");
        }
        Files.writeString(nested.resolve("w.warc.wet.gz"), "");
        Files.writeString(dir.resolve("single.bin"), "");
        org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();

        List<String> fromDir = LabelCrawl.listInputs(conf, List.of(a.toString()));
        assertEquals(List.of("2025/03/w.warc.wet.gz", "x.warc.gz", "y.wet", "z.WARC"), relative(a, fromDir));

        List<String> fromGlob = LabelCrawl.listInputs(conf, List.of(a + "/*.{gz,txt}", a + "/x.warc.gz"));
        assertEquals(List.of("notes.txt", "x.warc.gz"), relative(a, fromGlob));

        // A file named on its own is taken whatever its name.
        assertEquals(1, LabelCrawl.listInputs(conf, List.of(dir.resolve("single.bin").toString())).size());

        LabelCrawl.NoInputException none = assertThrows(LabelCrawl.NoInputException.class,
                () -> LabelCrawl.listInputs(conf, List.of(a.toString(), a + "/*.parquet")));
        assertTrue(none.getMessage().contains("*.parquet"), none.getMessage());
        assertThrows(LabelCrawl.NoInputException.class,
                () -> LabelCrawl.listInputs(conf, List.of(dir.resolve("missing.warc.gz").toString())));
    }

    private static List<String> relative(Path base, List<String> files) {
        List<String> out = new ArrayList<>();
        String prefix = base.toUri().toString().replaceFirst("^file:/+", "file:/");
        for (String f : files) {
            String normal = f.replaceFirst("^file:/+", "file:/");
            assertTrue(normal.startsWith(prefix), f + " not under " + prefix);
            out.add(normal.substring(prefix.length()));
        }
        return out;
    }

    @Test
    void theCommandLineIsRead() {
        LabelCrawl.Options o = LabelCrawl.Options.parse("--input", "s3a://b/crawl/*.warc.wet.gz", "--input", "/data/x.warc",
                "--output", "s3a://b/out", "--overwrite");
        assertEquals(List.of("s3a://b/crawl/*.warc.wet.gz", "/data/x.warc"), o.inputs());
        assertEquals("s3a://b/out", o.output());
        assertTrue(o.overwrite());
        assertFalse(LabelCrawl.Options.parse("--input", "a", "--output", "b").overwrite());
        assertThrows(IllegalArgumentException.class, () -> LabelCrawl.Options.parse("--output", "b"));
        assertThrows(IllegalArgumentException.class, () -> LabelCrawl.Options.parse("--input", "a"));
        assertThrows(IllegalArgumentException.class, () -> LabelCrawl.Options.parse("--input"));
        assertThrows(IllegalArgumentException.class, () -> LabelCrawl.Options.parse("--input", "a", "--output", "b", "--fast"));
    }
}
