package dev.linesift.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The WCXB development pages from {@code ../shared/bench/wcxb-dev} (Murrough Foley, 2026,
 * CC-BY-4.0): read at run time, never copied. Unlike scrapinghub, each page has a kind (article,
 * forum, product, ...) and snippets that a correct extraction must ({@code with}) or must not
 * ({@code without}) contain.
 */
final class WcxbData {
    /** The page types of WCXB, in the order the report lists them. */
    static final List<String> PAGE_TYPES = List.of("article", "service", "forum", "documentation", "product", "listing",
            "collection");

    /** One page: its HTML, its main content as plain text, and its snippets. */
    record Item(String id, String url, String pageType, String html, String truth, List<String> with,
                List<String> without) {
    }

    private WcxbData() {
    }

    static List<Item> load(Path wcxb) throws IOException {
        List<Item> items = new ArrayList<>();
        try (InputStream in = Files.newInputStream(wcxb.resolve("ground-truth.json"));
             JsonParser p = new JsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("ground-truth.json: expected an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName();
                p.nextToken();
                String body = "";
                String url = "";
                String type = "";
                List<String> with = List.of();
                List<String> without = List.of();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "articleBody" -> body = p.getValueAsString("");
                        case "url" -> url = p.getValueAsString("");
                        case "page_type" -> type = p.getValueAsString("");
                        case "with" -> with = strings(p);
                        case "without" -> without = strings(p);
                        default -> p.skipChildren();
                    }
                }
                Path html = wcxb.resolve("html").resolve(id + ".html.gz");
                try (InputStream gz = new GZIPInputStream(Files.newInputStream(html))) {
                    items.add(new Item(id, url, type, new String(gz.readAllBytes(), StandardCharsets.UTF_8), body, with,
                            without));
                }
            }
        }
        items.sort(Comparator.comparing(Item::id));
        return items;
    }

    /** A JSON array of strings (null counts as empty), the parser on its first token. */
    private static List<String> strings(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                out.add(p.getText());
            } else {
                p.skipChildren();
            }
        }
        return List.copyOf(out);
    }
}
