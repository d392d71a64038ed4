/**
 * linesift labels every line of a scraped page as article, paywall, teaser or metadata.
 *
 * <p>The API is {@code dev.linesift} (the detector, its results and the model), plus
 * {@code dev.linesift.train} and {@code dev.linesift.eval} for those who retrain and evaluate.
 * Everything under {@code dev.linesift.internal} is implementation and not exported.
 */
module dev.linesift {
    exports dev.linesift;
    exports dev.linesift.train;
    exports dev.linesift.eval;

    requires java.xml;
    requires org.apache.tika.core;
    requires org.apache.tika.parser.html;
    requires org.apache.tika.parser.pdf;
    requires org.apache.tika.parser.microsoft;
    // Their exception types tell an encrypted PDF and an over-deep Office zip apart (both come
    // with Tika's parser modules).
    requires org.apache.pdfbox;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires com.github.albfernandez.juniversalchardet;
    requires com.github.pemistahl.lingua;
    requires smile.core;
    requires smile.base;
    requires com.fasterxml.jackson.core;
    // jwarc's jar declares no module name: its automatic name comes from the file name, jwarc-*.jar.
    requires jwarc;
    // The command line only: a library user does not need picocli.
    requires static info.picocli;

    // picocli builds the commands reflectively.
    opens dev.linesift.internal.cli to info.picocli;
}
