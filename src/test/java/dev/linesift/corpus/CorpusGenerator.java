package dev.linesift.corpus;

import dev.linesift.Label;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Composes the labeled training pages from the hand-written parts in {@code training-data/parts}:
 * every family renders pages for several invented sites, each site with its own interface
 * language, brand and style. Main articles are not shared between families, so grouped
 * cross-validation never sees a held-out family's story text in training.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.linesift.corpus.CorpusGenerator -Dexec.args="training-data"}
 */
public final class CorpusGenerator {
    static final long SEED = 20261127L;

    /** family → sites as "ui>content:pages". */
    static final Map<String, String> SITES = new LinkedHashMap<>();

    static {
        SITES.put("magazine-aggregator", "nb>en:8 sv>en:6 de>en:5 fi>en:4 da>en:5 fr>en:3 nl>en:3 en>en:3 pl>en:4 it>en:4 es>en:2 nn>en:3 en>nb:3");
        SITES.put("epaper-reader", "en>nb:6 en>sv:4 en>de:4 nb>nb:4 de>de:3 en>da:3 en>nn:2 en>fi:2");
        SITES.put("national-news", "nb>nb:7 sv>sv:5 da>da:4 de>de:5 en>en:5 fi>fi:3 en>nb:3 en>sv:2");
        SITES.put("regional-news", "nn>nn:10 nb>nb:6 sv>sv:4 da>da:4 nb>en:2 en>nn:2 en>da:2");
        SITES.put("metered-paywall", "en>en:6 de>de:5 nl>nl:4 fr>fr:4 es>es:3 en>nl:2 en>fr:2");
        SITES.put("hard-paywall", "nb>nb:8 sv>sv:5 de>de:4 en>en:5 da>da:3 en>nb:3");
        SITES.put("blog", "en>en:6 de>de:4 nb>nb:4 fr>fr:3 pl>en:3 it>en:3 nb>en:3 de>en:2 sv>en:2");
        SITES.put("live-blog", "en>en:6 nb>nb:6 sv>sv:4 de>de:4 da>da:3 nb>en:3");
        SITES.put("opinion", "nb>nb:6 en>en:6 sv>sv:4 da>da:4 nn>nn:3 de>de:3 en>nb:2");
        SITES.put("long-feature", "en>en:8 nb>nb:5 de>de:4 sv>sv:4 fi>fi:3 nb>en:2 en>de:2");
        SITES.put("brief-with-teasers", "nb>nb:8 en>en:6 da>da:4 sv>sv:4 nl>nl:3 en>nb:3");
        SITES.put("two-stories", "en>en:5 nb>nb:6 de>de:4 sv>sv:4 da>da:3 nb>en:2");
        SITES.put("front-page", "nb>nb:5 en>en:5 sv>sv:3 de>de:3 fi>fi:3 nn>nn:3");
        SITES.put("pdf-edition", "nb>nb:6 en>en:5 sv>sv:4 de>de:4 da>da:3");
        SITES.put("news-app", "en>nb:5 en>sv:3 nb>en:6 sv>en:4 da>en:3 de>en:3 en>da:3 fi>en:2");
        SITES.put("wet-crawl", "en>en:6 nb>nb:6 de>de:4 sv>sv:4 fr>fr:3 es>es:2 en>de:2 de>en:2");
        SITES.put("lifestyle-magazine", "en>en:6 nb>nb:5 sv>sv:4 da>da:4 de>de:4 sv>en:3 nb>en:2 da>en:2");
        SITES.put("wire-service", "en>en:5 nb>nb:5 sv>sv:3 da>da:3 fi>fi:3 nl>nl:3 en>sv:3 en>da:2 en>nb:2");
    }

    private record SiteSpec(String family, int index, String ui, String content, int pages) {
    }

    /** Families whose sites also get pages in HTML form; PDF text and crawl text have no markup. */
    static final java.util.Set<String> NO_HTML = java.util.Set.of("pdf-edition", "wet-crawl");
    /** Times each site list is drawn (invented anew) around the same main articles. */
    static final int DRAWS = 1;
    /** HTML pages per site of the other families. */
    static final int HTML_PAGES = 2;

    /**
     * Arguments: the data directory (default {@code training-data}) and, optionally, another seed.
     * The committed corpus uses {@link #SEED}; other seeds draw other invented sites and pages
     * from the same parts, which shows how much a result depends on one draw.
     */
    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "training-data");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
        int draws = args.length > 2 ? Integer.parseInt(args[2]) : DRAWS;
        Summary s = generate(data.resolve("parts"), data, seed, draws);
        System.out.println(s);
    }

    /** Counts of what was generated. */
    record Summary(int pages, Map<Label, Integer> labels, int mixed, Map<String, Integer> reuse) {
        @Override
        public String toString() {
            int lines = labels.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder b = new StringBuilder();
            b.append(pages).append(" pages, ").append(lines).append(" labeled lines, ").append(mixed)
                    .append(" pages mix languages\n");
            labels.forEach((l, c) -> b.append(String.format("  %-9s %6d  %.1f %%%n", l.code(), c, 100.0 * c / lines)));
            b.append("  main-article reuse within families by language: ").append(reuse);
            return b.toString();
        }
    }

    static Summary generate(Path partsDir, Path out) throws IOException {
        return generate(partsDir, out, SEED, DRAWS);
    }

    static Summary generate(Path partsDir, Path out, long seed, int draws) throws IOException {
        Parts parts = Parts.load(partsDir);
        List<SiteSpec> specs = new ArrayList<>();
        for (Map.Entry<String, String> e : SITES.entrySet()) {
            int i = 0;
            for (String s : e.getValue().split(" ")) {
                String[] a = s.split("[>:]");
                specs.add(new SiteSpec(e.getKey(), ++i, a[0], a[1], Integer.parseInt(a[2])));
            }
        }
        Map<String, Map<String, List<Parts.Article>>> mains = allocate(parts, specs, seed);
        Path pagesDir = out.resolve("pages");
        if (Files.isDirectory(pagesDir)) {
            try (Stream<Path> walk = Files.walk(pagesDir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        List<String> manifest = new ArrayList<>();
        manifest.add("file\tfamily\tarticle_lang\tui_lang\tformat\torigin");
        Map<Label, Integer> labels = new TreeMap<>();
        int mixed = 0;
        int pagesWritten = 0;
        Map<String, Integer> cursor = new HashMap<>();
        for (int draw = 1; draw <= draws; draw++) {
            // Each draw invents the sites again (brand, style, markup, page mix) around the same
            // main articles, so a family's story text stays in that family.
            long drawSeed = seed + 1_000_003L * (draw - 1);
            for (SiteSpec spec : specs) {
                Random siteRandom = new Random(drawSeed ^ (spec.family().hashCode() * 31L + spec.index()));
                String siteId = spec.family() + "-" + spec.index() + (draw == 1 ? "" : "d" + draw);
                Site site = new Site(siteId, spec.family(), spec.ui(), spec.content(), parts, siteRandom);
                List<Parts.Article> pool = parts.articles.get(spec.content());
                int htmlPages = NO_HTML.contains(spec.family()) ? 0 : HTML_PAGES;
                for (int p = 1; p <= spec.pages() + htmlPages; p++) {
                    boolean html = p > spec.pages();
                    Random r = new Random(drawSeed * 31 + siteId.hashCode() * 1009L + p);
                    Parts.Article main = null;
                    if (!spec.family().equals("front-page")) {
                        List<Parts.Article> own = mains.get(spec.family()).get(spec.content());
                        String key = spec.family() + "/" + spec.content();
                        int c = cursor.merge(key, 1, Integer::sum) - 1;
                        main = own.get(c % own.size());
                    }
                    Render render = new Render(site, r, parts, main, pool);
                    render.html = html;
                    Families.ALL.get(spec.family()).accept(render);
                    if (html && render.b.entries().stream().noneMatch(e -> e.role().equals("cookie")) && r.nextDouble() < 0.7) {
                        // Consent dialogs are usually injected at the end of the document.
                        render.cookieBox();
                    }
                    List<PageBuilder.Entry> entries = new ArrayList<>();
                    for (PageBuilder.Entry e : render.b.entries()) {
                        entries.add(e.label() == null ? e : new PageBuilder.Entry(e.label(), render.fillLeftovers(e.text()), e.role()));
                    }
                    String base = String.format("%s-%s-%02d", siteId, spec.ui(), p);
                    Path dir = pagesDir.resolve(spec.family());
                    Files.createDirectories(dir);
                    String file;
                    if (html) {
                        HtmlRenderer renderer = new HtmlRenderer(new Random(drawSeed + siteId.hashCode() * 7L + p));
                        String title = main == null ? site.brand : main.headline() + " | " + site.brand;
                        String markup = renderer.render(entries, spec.ui(), title);
                        entries = HtmlPages.align(markup, entries, base);
                        Files.writeString(dir.resolve(base + ".html"), markup, StandardCharsets.UTF_8);
                        file = base + ".html";
                    } else {
                        file = base + ".tsv";
                    }
                    StringBuilder text = new StringBuilder();
                    for (PageBuilder.Entry e : entries) {
                        if (e.label() != null) {
                            text.append(e.label().code()).append('\t').append(e.text());
                            labels.merge(e.label(), 1, Integer::sum);
                        }
                        text.append('\n');
                    }
                    Files.writeString(dir.resolve(base + ".tsv"), text.toString(), StandardCharsets.UTF_8);
                    String articleLang = main == null ? "-" : main.lang();
                    if (main != null && !articleLang.equals(spec.ui())) {
                        mixed++;
                    }
                    manifest.add(String.join("\t", "pages/" + spec.family() + "/" + file, spec.family(), articleLang,
                            spec.ui(), html ? "html" : "text", "generated from parts (seed " + seed + ")"));
                    pagesWritten++;
                }
            }
        }
        Files.write(out.resolve("manifest.tsv"), manifest, StandardCharsets.UTF_8);
        Map<String, Integer> reuse = new TreeMap<>();
        for (Map.Entry<String, Integer> e : cursor.entrySet()) {
            String[] key = e.getKey().split("/");
            int own = mains.get(key[0]).get(key[1]).size();
            if (e.getValue() > own) {
                reuse.merge(key[1], e.getValue() - own, Integer::sum);
            }
        }
        return new Summary(pagesWritten, labels, mixed, reuse);
    }

    /**
     * Deals each language's articles out to the families that need them as main articles; a
     * family short of articles reuses its own, never another family's.
     */
    private static Map<String, Map<String, List<Parts.Article>>> allocate(Parts parts, List<SiteSpec> specs, long seed) {
        Map<String, Map<String, Integer>> demand = new TreeMap<>();
        for (SiteSpec s : specs) {
            if (!s.family().equals("front-page")) {
                int per = s.family().equals("two-stories") ? 1 : 1;
                demand.computeIfAbsent(s.content(), k -> new TreeMap<>()).merge(s.family(), s.pages() * per, Integer::sum);
            }
        }
        Map<String, Map<String, List<Parts.Article>>> out = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : demand.entrySet()) {
            String lang = e.getKey();
            List<Parts.Article> supply = new ArrayList<>(parts.articles.getOrDefault(lang, List.of()));
            if (supply.isEmpty()) {
                throw new IllegalStateException("no articles in language " + lang);
            }
            Collections.shuffle(supply, new Random(seed + lang.hashCode()));
            int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            int next = 0;
            for (Map.Entry<String, Integer> f : e.getValue().entrySet()) {
                int share = total <= supply.size() ? f.getValue()
                        : Math.max(1, (int) Math.floor((double) f.getValue() * supply.size() / total));
                List<Parts.Article> own = new ArrayList<>();
                for (int i = 0; i < share && next < supply.size(); i++) {
                    own.add(supply.get(next++));
                }
                if (own.isEmpty()) {
                    own.add(supply.get(supply.size() - 1));
                }
                out.computeIfAbsent(f.getKey(), k -> new TreeMap<>()).put(lang, own);
            }
        }
        return out;
    }
}
