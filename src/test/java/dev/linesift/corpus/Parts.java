package dev.linesift.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The hand-written source parts of the corpus: articles ({@code parts/articles/*.txt}) and one
 * bank of interface strings per language ({@code parts/ui/<lang>.txt}).
 */
final class Parts {
    /** One line of an article body: its tag (P, SUB, LI, CAP, FACT, FI, Q) and text. */
    record Body(String tag, String text) {
    }

    record Article(String id, String lang, String kind, String section, String headline, String standfirst,
                   String teaser, List<Body> body) {
        List<String> paragraphs() {
            return body.stream().filter(b -> b.tag().equals("P")).map(Body::text).toList();
        }
    }

    /** The interface strings of one language, by section name. */
    record UiBank(String lang, Map<String, List<String>> sections) {
        List<String> get(String section) {
            List<String> l = sections.get(section);
            if (l == null || l.isEmpty()) {
                throw new IllegalStateException("ui/" + lang + ".txt has no section [" + section + "]");
            }
            return l;
        }
    }

    final Map<String, List<Article>> articles = new TreeMap<>();
    final Map<String, UiBank> ui = new TreeMap<>();
    /** Reader comments by language, one per line. */
    final Map<String, List<String>> comments = new TreeMap<>();

    static Parts load(Path dir) throws IOException {
        Parts parts = new Parts();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("articles"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            for (Article a : parseArticles(f)) {
                parts.articles.computeIfAbsent(a.lang(), k -> new ArrayList<>()).add(a);
            }
        }
        try (Stream<Path> s = Files.list(dir.resolve("ui"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String lang = f.getFileName().toString().replace(".txt", "");
            parts.ui.put(lang, parseUi(lang, f));
        }
        Path commentDir = dir.resolve("comments");
        if (Files.isDirectory(commentDir)) {
            try (Stream<Path> s = Files.list(commentDir)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                        .map(String::strip).filter(l -> !l.isEmpty()).toList();
                parts.comments.put(f.getFileName().toString().replace(".txt", ""), lines);
            }
        }
        return parts;
    }

    static List<Article> parseArticles(Path file) throws IOException {
        List<Article> out = new ArrayList<>();
        Map<String, String> head = null;
        List<Body> body = null;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.equals("=== ARTICLE")) {
                if (head != null) {
                    out.add(build(head, body, file));
                }
                head = new LinkedHashMap<>();
                body = new ArrayList<>();
                continue;
            }
            if (line.isEmpty() || head == null) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IOException(file + ": line without a tag: " + line);
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "id", "lang", "kind", "section", "headline", "standfirst", "teaser" -> head.put(key, value);
                case "P", "SUB", "LI", "CAP", "FACT", "FI", "Q" -> {
                    if (!value.isEmpty()) {
                        body.add(new Body(key, value));
                    }
                }
                default -> throw new IOException(file + ": unknown tag '" + key + "' in: " + line);
            }
        }
        if (head != null) {
            out.add(build(head, body, file));
        }
        return out;
    }

    private static Article build(Map<String, String> h, List<Body> body, Path file) throws IOException {
        for (String k : List.of("id", "lang", "kind", "section", "headline", "standfirst", "teaser")) {
            if (!h.containsKey(k) || h.get(k).isEmpty()) {
                throw new IOException(file + ": article " + h.get("id") + " lacks " + k);
            }
        }
        return new Article(h.get("id"), h.get("lang"), h.get("kind"), h.get("section"), h.get("headline"),
                h.get("standfirst"), h.get("teaser"), List.copyOf(body));
    }

    static UiBank parseUi(String lang, Path file) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
                continue;
            }
            if (current == null) {
                throw new IOException(file + ": line outside a section: " + line);
            }
            current.add(line);
        }
        return new UiBank(lang, sections);
    }
}
