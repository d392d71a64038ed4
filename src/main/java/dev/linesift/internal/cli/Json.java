package dev.linesift.internal.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
