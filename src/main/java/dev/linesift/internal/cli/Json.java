package dev.linesift.internal.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.linesift.CrawlRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** One-object-per-line JSON with jackson-core's streaming generator. */
final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private Json() {
    }

    /** The fields of a document from a crawl archive: recordId, uri and date; nothing for other documents. */
    static void crawlRecord(JsonGenerator g, Batch.Document document) throws IOException {
        if (document.crawl().isPresent()) {
            CrawlRecord r = document.crawl().get();
            g.writeStringField("recordId", r.recordId());
            g.writeStringField("uri", r.targetUri());
            g.writeStringField("date", r.date());
        }
    }

    /** Writes one JSON object followed by a newline. */
    static void line(PrintWriter out, Body body) {
        StringWriter buffer = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(buffer)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.print(buffer);
        out.print('\n');
    }
}
