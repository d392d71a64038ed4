package dev.linesift.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged job, {@code target/linesift-spark.jar}: what it holds, and a run of it in a JVM of
 * its own whose class path is Spark's (with what Spark brings) followed by the jar, as
 * {@code spark-submit} lays it out, so that a class the jar lacks or a clash with Spark's copies
 * fails here rather than on a cluster.
 */
class LabelCrawlJarIT {
    private static Path property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank(), "system property " + name + " is set by the spark profile");
        Path path = Path.of(value);
        assertTrue(Files.isRegularFile(path), path + " exists (mvn -Pspark verify builds it)");
        return path;
    }

    @Test
    void theJarHoldsTheJobAndTheLibraryButNotSpark() throws IOException {
        List<String> entries = new ArrayList<>();
        try (JarFile jar = new JarFile(property("linesift.sparkJar").toFile())) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                entries.add(e.nextElement().getName());
            }
            assertEquals(LabelCrawl.class.getName(), jar.getManifest().getMainAttributes().getValue("Main-Class"));
        }
        for (String needed : List.of("dev/linesift/spark/LabelCrawl.class", "dev/linesift/LineSift.class",
                "dev/linesift/model/default/linesift.model", "org/netpreserve/jwarc/WarcReader.class",
                "org/apache/tika/parser/html/JSoupParser.class", "com/github/pemistahl/lingua/api/LanguageDetector.class",
                "language-models/nb/trigrams.json", "smile/classification/LogisticRegression.class",
                "dev/linesift/spark/shaded/jackson/core/JsonFactory.class",
                "META-INF/services/dev.linesift.spark.shaded.jackson.core.JsonFactory",
                "META-INF/services/org.apache.tika.parser.Parser")) {
            assertTrue(entries.contains(needed), "the jar lacks " + needed);
        }
        // Provided by the cluster, or moved out of the way of the cluster's copies.
        for (String prefix : List.of("org/apache/spark/", "scala/", "org/apache/hadoop/", "org/slf4j/",
                "org/apache/logging/", "org/apache/commons/logging/", "com/fasterxml/", "org/apache/commons/io/",
                "org/apache/commons/compress/", "org/apache/commons/lang3/", "org/apache/commons/codec/",
                "org/apache/commons/collections4/", "picocli/", "META-INF/versions/25/")) {
            assertFalse(entries.stream().anyMatch(e -> e.startsWith(prefix)), "the jar holds " + prefix);
        }
        // The job's tests are not in it.
        assertFalse(entries.contains("dev/linesift/spark/LabelCrawlTest.class"));
    }

    @Test
    void theJarRunsOnSparksClassPath(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        List<Path> archives = TestArchives.write(in);
        Path out = dir.resolve("out");
        List<String> classpath = new ArrayList<>();
        for (String file : List.of("linesift.sparkClasspath", "linesift.sharedClasspath")) {
            classpath.add(Files.readString(property(file), StandardCharsets.UTF_8).strip());
        }
        classpath.add(property("linesift.sparkJar").toString());

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(List.of(System.getProperty("linesift.sparkJvmArgs").trim().split("\\s+")));
        // spark-submit hands the master and settings to the driver as spark.* system properties.
        command.addAll(List.of("-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
                "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
                "-Dlog4j2.configurationFile=" + Path.of(getClass().getResource("/log4j2-test.properties").toURI())));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), LabelCrawl.class.getName(),
                "--input", in + "/*.gz", "--output", out.toString()));
        Path log = dir.resolve("job.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process job = builder.start();
        boolean ended = job.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            job.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended && job.exitValue() == 0, "the job failed:\n" + output);

        LibraryResults expected = LibraryResults.of(archives);
        LabelCrawl.Summary summary = new LabelCrawl.Summary(3, 1, expected.documents().size(), expected.skipped(),
                expected.failed());
        assertTrue(output.contains("linesift LabelCrawl: " + summary.toJson()), output);

        SparkSession spark = SparkSession.builder().master("local[1]").appName("linesift-jar-it")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            expected.assertRowsMatch(spark.read().parquet(out.toString()).collectAsList());
        } finally {
            spark.stop();
        }
    }
}
