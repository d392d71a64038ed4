package dev.linesift.spark;

import dev.linesift.CrawlRecord;
import dev.linesift.LabeledLine;
import dev.linesift.LabeledPage;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output's schema, one row per document, and how a labeled document becomes a row. The values
 * are the library's own: codes as {@code Label.code()}, {@code Language.code()} and
 * {@code Block.code()} give them, confidences as the doubles the model gave, texts unchanged.
 */
public final class CrawlRows {
    /** One line of a document: {@code LabeledLine}'s values. */
    public static final StructType LINE = new StructType(new StructField[] {
        DataTypes.createStructField("number", DataTypes.IntegerType, false),
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("label", DataTypes.StringType, false),
        DataTypes.createStructField("confidence", DataTypes.DoubleType, false),
        DataTypes.createStructField("language", DataTypes.StringType, false),
        DataTypes.createStructField("block", DataTypes.StringType, false),
    });

    /**
     * One document: where it came from (the WARC headers; null where the record has none), its
     * dominant language, its article and body text and every labeled line.
     */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("url", DataTypes.StringType, true),
        DataTypes.createStructField("recordId", DataTypes.StringType, true),
        DataTypes.createStructField("date", DataTypes.StringType, true),
        DataTypes.createStructField("pageLanguage", DataTypes.StringType, false),
        DataTypes.createStructField("articleText", DataTypes.StringType, false),
        DataTypes.createStructField("bodyText", DataTypes.StringType, false),
        DataTypes.createStructField("lines", DataTypes.createArrayType(LINE, false), false),
    });

    private CrawlRows() {
    }

    /**
     * A document as a row of {@link #SCHEMA}.
     *
     * @param record the WARC headers it came with
     * @param page   the library's result
     * @return the row
     */
    public static Row row(CrawlRecord record, LabeledPage page) {
        List<LabeledLine> lines = page.lines();
        // An array, not a java.util.List: Spark's row encoder takes arrays and Scala sequences.
        Row[] lineRows = new Row[lines.size()];
        for (int i = 0; i < lineRows.length; i++) {
            LabeledLine line = lines.get(i);
            lineRows[i] = RowFactory.create(line.number(), line.text(), line.label().code(), line.confidence(),
                    line.language().code(), line.block().code());
        }
        return RowFactory.create(orNull(record.targetUri()), orNull(record.recordId()), orNull(record.date()),
                page.dominantLanguage().code(), page.articleText(), page.bodyText(), lineRows);
    }

    private static String orNull(String header) {
        return header.isEmpty() ? null : header;
    }
}
