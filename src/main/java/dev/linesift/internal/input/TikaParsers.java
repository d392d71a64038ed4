package dev.linesift.internal.input;

import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Tika's full parser set, built on first use only: plain text and HTML never need it, and
 * building it costs start-up time.
 */
final class TikaParsers {
    private TikaParsers() {
    }

    private static final class Holder {
        static final AutoDetectParser PARSER = new AutoDetectParser();
    }

    static AutoDetectParser autoDetect() {
        return Holder.PARSER;
    }

    /** A fresh context per parse: Tika's context objects are not meant to be shared. */
    static ParseContext context() {
        ParseContext context = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        // The SAX extractor streams the document instead of building it in memory.
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        context.set(OfficeParserConfig.class, office);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setSortByPosition(true);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }
}
