package dev.linesift.internal.cli;

import dev.linesift.Favor;
import dev.linesift.InputFormat;
import dev.linesift.Limits;
import dev.linesift.LineSift;
import dev.linesift.LineSiftBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that label: which model, which languages, which limits. */
final class DetectorOptions {
    @Option(names = "--model", paramLabel = "FILE", description = "Model file to use instead of the embedded one.")
    Path model;

    @Option(names = "--languages", split = ",", paramLabel = "CODE",
            description = "ISO 639-1 codes of the languages to detect (default: en,nb,nn,sv,da,de,fr,es,it,nl,pt,fi,pl).")
    List<String> languages;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto, text or html: text keeps any input line by line, html parses it as HTML; either "
                    + "reads a crawl archive as one document, not as the documents it holds (default: ${DEFAULT-VALUE}).")
    InputFormat inputFormat;

    @Option(names = "--favor", defaultValue = "balanced", paramLabel = "SETTING",
            description = "precision, balanced or recall: how sure the model must be to call a line article "
                    + "(precision: probability >= 0.8, recall: >= 0.2, balanced: the most probable label; default: ${DEFAULT-VALUE}).")
    Favor favor;

    @Option(names = "--high-accuracy-languages", description = "Lingua's high-accuracy mode: slower, more memory.")
    boolean highAccuracy;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest input read, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes = Limits.DEFAULT.maxInputBytes();

    @Option(names = "--max-chars", paramLabel = "N", description = "Most characters extracted per document (default: ${DEFAULT-VALUE}).")
    long maxChars = Limits.DEFAULT.maxChars();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time allowed to extract one document (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = Limits.DEFAULT.timeout().toSeconds();

    InputFormat format() {
        return inputFormat;
    }

    LineSift build() {
        LineSiftBuilder b = LineSift.builder()
                .limits(Limits.DEFAULT.withMaxInputBytes(maxBytes).withMaxChars(maxChars)
                        .withTimeout(Duration.ofSeconds(timeoutSeconds)))
                .highAccuracyLanguageDetection(highAccuracy)
                .favor(favor);
        if (model != null) {
            b.model(model);
        }
        if (languages != null && !languages.isEmpty()) {
            b.languages(languages.toArray(new String[0]));
        }
        return b.build();
    }
}
