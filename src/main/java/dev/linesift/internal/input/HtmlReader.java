package dev.linesift.internal.input;

import dev.linesift.internal.lines.Line;
import dev.linesift.internal.lines.Page;
import dev.linesift.internal.lines.SourceFormat;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.xml.sax.ContentHandler;

/**
 * Reads HTML into a page of one line per block, each with its markup cues: Tika's jsoup-based
 * parser feeds an {@link HtmlLineHandler}, within the limits of a {@link BoundedParser}.
 * Thread-safe.
 */
final class HtmlReader {
    /**
     * Documents embedded in a page (images as data: URIs, iframe srcdoc) are not page text, but
     * Tika parses each one with a full auto-detecting parser unless told not to: on real pages
     * that was a third of the time to read a page, and embedded text documents became lines.
     */
    private static final EmbeddedDocumentExtractor NO_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata,
                                  boolean outputHtml) {
            // Never called: shouldParseEmbedded says no.
        }
    };

    private final BoundedParser bounded;
    /** Tika's parsers are stateless and thread-safe; building one is not cheap, so it is built once. */
    private final JSoupParser html = new JSoupParser();

    HtmlReader(BoundedParser bounded) {
        this.bounded = bounded;
    }

    /**
     * Reads HTML bytes; {@code charsetLabel} is the charset the transport declared, null for
     * none. The bytes are decoded here ({@link TextDecoder}) rather than by the parser, whose
     * detection trusts a page's declaration even when its bytes are plainly UTF-8.
     */
    Page read(byte[] bytes, String source, String charsetLabel) {
        return read(TextDecoder.decode(bytes, charsetLabel, true).text(), source);
    }

    /** Reads HTML already decoded into a string: no encoding to detect. */
    Page read(String markup, String source) {
        if (markup.length() > bounded.limits().maxInputBytes()) {
            throw bounded.tooLarge(source, markup.length());
        }
        HtmlLineHandler handler = new HtmlLineHandler(bounded.limits().maxChars());
        Metadata metadata = new Metadata();
        ParseContext context = context();
        bounded.run(source, () -> html.parseString(markup, handler, metadata, context));
        return page(handler, source);
    }

    /** Every element and attribute reaches the handler; embedded documents are skipped. */
    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED);
        return context;
    }

    private static Page page(HtmlLineHandler handler, String source) {
        List<HtmlLineHandler.BlockLine> blocks = handler.lines();
        List<Line> lines = new ArrayList<>(blocks.size());
        for (HtmlLineHandler.BlockLine b : blocks) {
            lines.add(new Line(lines.size() + 1, b.text(), b.cues()));
        }
        return new Page(source, SourceFormat.HTML, lines);
    }
}
