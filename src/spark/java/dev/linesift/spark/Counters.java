package dev.linesift.spark;

import java.io.Serializable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's counts, as Spark accumulators (they show in the Spark UI under these names). They are
 * added to once per input file, when the file has been read to its end; the labeling runs in the
 * tasks of the Parquet write itself, whose updates Spark applies once per partition, so a retried
 * or speculative task is not counted twice.
 */
final class Counters implements Serializable {
    private static final long serialVersionUID = 1L;

    final LongAccumulator files;
    final LongAccumulator filesFailed;
    final LongAccumulator documents;
    final LongAccumulator recordsSkipped;
    final LongAccumulator recordsFailed;

    Counters(SparkSession spark) {
        files = spark.sparkContext().longAccumulator("linesift.files");
        filesFailed = spark.sparkContext().longAccumulator("linesift.filesFailed");
        documents = spark.sparkContext().longAccumulator("linesift.documents");
        recordsSkipped = spark.sparkContext().longAccumulator("linesift.recordsSkipped");
        recordsFailed = spark.sparkContext().longAccumulator("linesift.recordsFailed");
    }

    LabelCrawl.Summary summary() {
        return new LabelCrawl.Summary(files.value(), filesFailed.value(), documents.value(), recordsSkipped.value(),
                recordsFailed.value());
    }
}
