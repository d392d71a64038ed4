package dev.linesift.spark;

import dev.linesift.ArchiveItem;
import dev.linesift.ArchiveSummary;
import dev.linesift.LineSiftException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Labels the archives of one partition (one file per partition, as the job lays them out): each
 * file is opened with Hadoop's FileSystem inside the task and streamed record by record through
 * {@code LineSift.labelArchive}; each labeled document becomes a row as it comes.
 *
 * <p>Failed records are skipped: counted ({@code linesift.recordsFailed}) and logged on the
 * executor, the first {@value #LOGGED_FAILURES} of each file one per line. A file that is not an
 * archive at all is skipped the same way ({@code linesift.filesFailed}). A file that cannot be
 * read (an I/O error: a lost connection to the store, say) fails the task, so Spark retries it
 * and discards what the failed attempt wrote.
 */
final class LabelFiles implements FlatMapFunction<Iterator<String>, Row> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LabelFiles.class);

    /** Rows waiting between the labeling thread and Spark's writer, per task. */
    static final int QUEUE = 32;
    /** Failed records logged one by one per file; the rest are counted in one line. */
    static final int LOGGED_FAILURES = 20;

    private final Broadcast<HadoopConf> conf;
    private final Counters counters;

    LabelFiles(Broadcast<HadoopConf> conf, Counters counters) {
        this.conf = conf;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<String> files) {
        TaskContext task = TaskContext.get();
        return new Iterator<>() {
            private PushedIterator<Row> current;

            @Override
            public boolean hasNext() {
                while (current == null || !current.hasNext()) {
                    if (current != null) {
                        current.close();
                        current = null;
                    }
                    if (!files.hasNext()) {
                        return false;
                    }
                    current = open(files.next(), task);
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private PushedIterator<Row> open(String file, TaskContext task) {
        Path path = new Path(file);
        PushedIterator<Row> rows = new PushedIterator<>("linesift " + path.getName(), QUEUE,
                task == null ? () -> false : task::isInterrupted, sink -> label(path, file, sink));
        if (task != null) {
            // However the task ends (done, failed, killed), the labeling thread stops with it.
            task.addTaskCompletionListener((TaskCompletionListener) context -> rows.close());
        }
        return rows;
    }

    private void label(Path path, String file, java.util.function.Consumer<Row> sink) throws IOException {
        FileSystem fs = path.getFileSystem(conf.value().get());
        long[] failed = {0};
        ArchiveSummary summary;
        try (InputStream in = fs.open(path)) {
            summary = ExecutorSift.get().labelArchive(in, file, item -> {
                if (item instanceof ArchiveItem.Labeled labeled) {
                    sink.accept(CrawlRows.row(labeled.record(), labeled.page()));
                } else if (item instanceof ArchiveItem.Failed f && ++failed[0] <= LOGGED_FAILURES) {
                    LOG.warn("linesift skipped a record: {}", f.error().getMessage());
                }
            });
        } catch (LineSiftException e) {
            if (e.reason() == LineSiftException.Reason.UNREADABLE || e.reason() == LineSiftException.Reason.NOT_FOUND) {
                throw e;
            }
            LOG.warn("linesift skipped a file: {}", e.getMessage());
            counters.filesFailed.add(1);
            return;
        }
        if (failed[0] > LOGGED_FAILURES) {
            LOG.warn("linesift skipped {} more failed records of {}", failed[0] - LOGGED_FAILURES, file);
        }
        counters.files.add(1);
        counters.documents.add(summary.labeled());
        counters.recordsSkipped.add(summary.skippedTotal());
        counters.recordsFailed.add(summary.failed());
    }
}
