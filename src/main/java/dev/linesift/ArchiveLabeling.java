package dev.linesift;

import dev.linesift.internal.input.ArchiveReader;
import dev.linesift.internal.lines.Page;
import java.util.Objects;
import java.util.function.Consumer;

/** Labels the documents of a crawl archive as {@link ArchiveReader} reads them, one at a time. */
final class ArchiveLabeling implements ArchiveReader.Sink {
    private final LineSift sift;
    private final String source;
    private final Consumer<ArchiveItem> sink;

    ArchiveLabeling(LineSift sift, String source, Consumer<ArchiveItem> sink) {
        this.sift = sift;
        this.source = Objects.requireNonNull(source, "source");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public void document(CrawlRecord record, long offset, Page page) {
        sink.accept(new ArchiveItem.Labeled(record, sift.label(page)));
    }

    @Override
    public void failed(long offset, CrawlRecord record, LineSiftException error) {
        sink.accept(new ArchiveItem.Failed(source, offset, record, error));
    }
}
