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
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The benchmark pages from {@code ../shared/bench/scrapinghub}: read at run time, never copied. */
final class BenchData {
    record Item(String id, String url, String html, String truth) {
    }

    private BenchData() {
    }

    static List<Item> load(Path scrapinghub) throws IOException {
        List<Item> items = new ArrayList<>();
        try (InputStream in = Files.newInputStream(scrapinghub.resolve("ground-truth.json"));
             JsonParser p = new JsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("ground-truth.json: expected an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName();
                p.nextToken();
                String body = "";
                String url = "";
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("articleBody")) {
                        body = p.getValueAsString("");
                    } else if (field.equals("url")) {
                        url = p.getValueAsString("");
                    } else {
                        p.skipChildren();
                    }
                }
                Path html = scrapinghub.resolve("html").resolve(id + ".html.gz");
                try (InputStream gz = new GZIPInputStream(Files.newInputStream(html))) {
                    items.add(new Item(id, url, new String(gz.readAllBytes(), StandardCharsets.UTF_8), body));
                }
            }
        }
        items.sort(java.util.Comparator.comparing(Item::id));
        return items;
    }
}
