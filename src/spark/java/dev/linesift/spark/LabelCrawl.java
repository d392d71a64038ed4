package dev.linesift.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job: labels every document of a set of WARC or WET crawl archives and writes one
 * Parquet row per document ({@link CrawlRows#SCHEMA}).
 *
 * <pre>
 * spark-submit --class dev.linesift.spark.LabelCrawl linesift-spark.jar \
 *     --input 's3a://bucket/crawl/*.warc.wet.gz' --output s3a://bucket/labeled [--overwrite]
 * </pre>
 *
 * <p>The driver lists the inputs (Hadoop globs, so {@code s3a://}, {@code hdfs://} and
 * {@code file:} paths all work; a directory stands for the archives in it) and makes one task per
 * file; each task streams its file through the executor's one {@code LineSift}
 * ({@link LabelFiles}) and Spark writes the rows, one Parquet file per input file. Records that
 * fail are skipped and counted (see {@link Summary}); the counts are printed at the end and
 * written to {@code _linesift-summary.json} in the output directory.
 */
public final class LabelCrawl {
    /** The summary file's name; Parquet readers skip files whose names start with an underscore. */
    public static final String SUMMARY_FILE = "_linesift-summary.json";

    private static final String USAGE = """
            usage: spark-submit --class dev.linesift.spark.LabelCrawl linesift-spark.jar \\
                       --input PATH_OR_GLOB [--input ...] --output DIR [--overwrite]
              --input      a WARC or WET archive (.warc, .wet, gzipped or not), a directory of them, or a
                           Hadoop glob such as 's3a://bucket/crawl/*.warc.wet.gz'; repeat for more
              --output     the Parquet directory to write (one row per document)
              --overwrite  replace DIR if it exists (by default an existing DIR is an error)
            """;

    private LabelCrawl() {
    }

    /**
     * What to do.
     *
     * @param inputs    paths or globs
     * @param output    the output directory
     * @param overwrite whether to replace an existing output directory
     */
    public record Options(List<String> inputs, String output, boolean overwrite) {
        /** Checks and copies the values. */
        public Options {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(output, "output");
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no --input given");
            }
        }

        /**
         * Reads the command line.
         *
         * @param args the arguments
         * @return the options
         * @throws IllegalArgumentException with the reason, for arguments that make no sense
         */
        public static Options parse(String... args) {
            List<String> inputs = new ArrayList<>();
            String output = null;
            boolean overwrite = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--input", "--output" -> {
                        if (i + 1 >= args.length || args[i + 1].isBlank()) {
                            throw new IllegalArgumentException(arg + " needs a value");
                        }
                        String value = args[++i];
                        if (arg.equals("--input")) {
                            inputs.add(value);
                        } else if (output != null) {
                            throw new IllegalArgumentException("--output given twice");
                        } else {
                            output = value;
                        }
                    }
                    case "--overwrite" -> overwrite = true;
                    default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
                }
            }
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no --input given");
            }
            if (output == null) {
                throw new IllegalArgumentException("no --output given");
            }
            return new Options(inputs, output, overwrite);
        }
    }

    /**
     * What a run did. Every record of every archive read is one of: a document (one row), skipped
     * (a record that holds no page: warcinfo, request, metadata, revisit, a response other than
     * 200, an image or script, ...) or failed (corrupt, cut short, over the size limit, or a
     * document that could not be read).
     *
     * @param files          archives read to their end
     * @param filesFailed    inputs that were not crawl archives at all, skipped
     * @param documents      documents labeled: the rows written
     * @param recordsSkipped records without a document
     * @param recordsFailed  records that failed, skipped
     */
    public record Summary(long files, long filesFailed, long documents, long recordsSkipped, long recordsFailed) {
        /** {@return the summary as one JSON object} */
        public String toJson() {
            return String.format(Locale.ROOT,
                    "{\"files\": %d, \"filesFailed\": %d, \"documents\": %d, \"recordsSkipped\": %d, \"recordsFailed\": %d}",
                    files, filesFailed, documents, recordsSkipped, recordsFailed);
        }
    }

    /**
     * Runs the job from the command line; exits with 2 for bad arguments or inputs that match
     * nothing.
     *
     * @param args see {@code --help}
     * @throws IOException if the inputs cannot be listed or the summary cannot be written
     */
    public static void main(String[] args) throws IOException {
        Options options;
        try {
            if (args.length == 0 || List.of(args).contains("--help") || List.of(args).contains("-h")) {
                System.out.print(USAGE);
                if (args.length == 0) {
                    System.exit(2);
                }
                return;
            }
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("LabelCrawl: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("linesift LabelCrawl").getOrCreate();
        long start = System.nanoTime();
        Summary summary;
        try {
            summary = run(spark, options);
        } catch (NoInputException e) {
            System.err.println("LabelCrawl: " + e.getMessage());
            spark.stop();
            System.exit(2);
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spark.stop();
        System.out.println("linesift LabelCrawl: " + summary.toJson());
        System.out.printf(Locale.ROOT, "linesift LabelCrawl: %d documents in %.1f s (listing, labeling and writing)%n",
                summary.documents(), seconds);
    }

    /**
     * Lists the inputs, labels them and writes the Parquet output; for tests and for programs that
     * hold a {@link SparkSession} already.
     *
     * @param spark   the session
     * @param options what to do
     * @return the counts
     * @throws IOException          if an input cannot be listed or the summary not written
     * @throws NoInputException     if an input matches no file
     */
    public static Summary run(SparkSession spark, Options options) throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<String> files = listInputs(hadoop, options.inputs());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(hadoop));
        Counters counters = new Counters(spark);
        // One partition, so one task, per file: a file is read by one thread from start to end.
        JavaRDD<Row> rows = jsc.parallelize(files, files.size()).mapPartitions(new LabelFiles(conf, counters));
        spark.createDataFrame(rows, CrawlRows.SCHEMA)
                .write()
                .mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
                .parquet(options.output());
        conf.destroy();
        Summary summary = counters.summary();
        Path out = new Path(options.output(), SUMMARY_FILE);
        try (OutputStream stream = out.getFileSystem(hadoop).create(out, true);
                PrintStream print = new PrintStream(stream, false, StandardCharsets.UTF_8)) {
            print.println(summary.toJson());
        }
        return summary;
    }

    /** An input that matches no file. */
    public static final class NoInputException extends IOException {
        private static final long serialVersionUID = 1L;

        NoInputException(String message) {
            super(message);
        }
    }

    /**
     * The files the inputs name: each glob's matches, in order of path, each file once; a
     * directory stands for the archives under it ({@code .warc} and {@code .wet} files, gzipped or
     * not, leaving out hidden files, those starting with {@code .} or {@code _}).
     *
     * @param conf   the Hadoop configuration
     * @param inputs paths or globs
     * @return the files, fully qualified
     * @throws IOException      if listing fails
     * @throws NoInputException if an input matches no file
     */
    static List<String> listInputs(Configuration conf, List<String> inputs) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        for (String input : inputs) {
            Path pattern = new Path(input);
            FileSystem fs = pattern.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(pattern);
            int before = files.size();
            if (matches != null) {
                for (FileStatus match : matches) {
                    if (match.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
                        while (it.hasNext()) {
                            LocatedFileStatus file = it.next();
                            if (file.isFile() && isArchiveName(file.getPath().getName())) {
                                files.add(file.getPath().toString());
                            }
                        }
                    } else {
                        files.add(match.getPath().toString());
                    }
                }
            }
            if (files.size() == before && (matches == null || matches.length == 0)) {
                throw new NoInputException("no file matches " + input);
            }
        }
        if (files.isEmpty()) {
            throw new NoInputException("no archive in " + String.join(", ", inputs));
        }
        return List.copyOf(files);
    }

    /** Whether a file in a listed directory is taken: {@code .warc} or {@code .wet}, gzipped or not, not hidden. */
    static boolean isArchiveName(String name) {
        if (name.startsWith(".") || name.startsWith("_")) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".warc") || n.endsWith(".wet");
    }
}
