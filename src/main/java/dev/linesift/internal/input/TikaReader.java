package dev.linesift.internal.input;

import dev.linesift.LineSiftException;
import dev.linesift.LineSiftException.Reason;
import dev.linesift.internal.lines.Line;
import dev.linesift.internal.lines.MarkupCues;
import dev.linesift.internal.lines.Page;
import dev.linesift.internal.lines.SourceFormat;
import dev.linesift.internal.lines.TextLines;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Reads every format that is neither HTML nor plain text (PDF, Word, RTF, XML, ...) through
 * Tika's parser for its type, within the limits of a {@link BoundedParser}. The text Tika
 * writes is split into lines exactly; such lines carry no markup cues. Thread-safe.
 */
final class TikaReader {
    private final BoundedParser bounded;

    TikaReader(BoundedParser bounded) {
        this.bounded = bounded;
    }

    /** Reads a document of the detected {@code type}; a type without a parser is refused. */
    Page read(byte[] bytes, String source, MediaType type) {
        AutoDetectParser parser = TikaParsers.autoDetect();
        if (!parser.getParsers().containsKey(type) && !parser.getParsers().containsKey(type.getBaseType())) {
            throw new LineSiftException(Reason.UNSUPPORTED_FORMAT, source, "no reader for type " + type.getBaseType());
        }
        // The handler stops the parser at the character limit instead of collecting everything.
        BodyContentHandler handler = new BodyContentHandler(bounded.writeLimit());
        Metadata metadata = new Metadata();
        // The type found by FormatDetector goes along as a hint to Tika's own detection.
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        bounded.run(source, () -> parser.parse(new ByteArrayInputStream(bytes), handler, metadata, TikaParsers.context()));
        List<String> texts = TextLines.split(handler.toString());
        List<Line> lines = new ArrayList<>(texts.size());
        for (String t : texts) {
            lines.add(new Line(lines.size() + 1, t, MarkupCues.NONE));
        }
        return new Page(source, SourceFormat.DOCUMENT, lines);
    }
}
