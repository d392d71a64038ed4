package dev.linesift.internal.cli;

import dev.linesift.LineSift;
import dev.linesift.internal.ApiAccess;
import dev.linesift.internal.input.DocumentReader;
import dev.linesift.LineSiftException;
import dev.linesift.internal.lines.Line;
import dev.linesift.internal.lines.MarkupCues;
import dev.linesift.internal.lines.Page;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the lines of a document exactly as the detector numbers them, without labeling.",
                "text (default): NUMBER TAB TEXT per line, blank lines included.",
                "jsonl: one object per line with its markup cues."})
final class ExtractCommand extends DetectorCommand {
    @Mixin
    TextOrJsonl output = new TextOrJsonl();

    @Parameters(paramLabel = "PATH", description = "A file, or - for standard input.")
    String path;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try (LineSift sift = detector.build()) {
            DocumentReader reader = ApiAccess.get().pipeline(sift).reader();
            Page page = path.equals("-") ? reader.read(System.in, "-", detector.format())
                    : reader.read(Path.of(path), path, detector.format());
            for (Line l : page.lines()) {
                if (!output.jsonl()) {
                    out.print(l.number() + "\t" + l.text() + "\n");
                    continue;
                }
                MarkupCues c = l.cues();
                Json.line(out, g -> {
                    g.writeNumberField("line", l.number());
                    g.writeStringField("text", l.text());
                    if (c.present()) {
                        g.writeStringField("tag", c.tag());
                        g.writeNumberField("heading", c.headingLevel());
                        g.writeNumberField("linkDensity", Math.round(c.linkDensity() * 1000) / 1000.0);
                        g.writeArrayFieldStart("enclosing");
                        for (String e : c.enclosing()) {
                            g.writeString(e);
                        }
                        g.writeEndArray();
                        g.writeArrayFieldStart("classTokens");
                        for (String t : c.classTokens()) {
                            g.writeString(t);
                        }
                        g.writeEndArray();
                    }
                });
            }
            out.flush();
            return 0;
        } catch (LineSiftException e) {
            err.println("linesift: " + Console.oneLine(e));
            return 1;
        }
    }
}
