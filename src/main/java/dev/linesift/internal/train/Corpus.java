package dev.linesift.internal.train;

import dev.linesift.internal.eval.GoldPage;
import dev.linesift.Limits;
import dev.linesift.internal.eval.GoldPages;
import dev.linesift.internal.input.DocumentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The labeled pages of a training-data directory. The directory holds {@code manifest.tsv}
 * (one row per page: file, family, article_lang, ui_lang, format, origin) and the page files
 * it names; further collections below it (hand-written families, say) bring their own
 * {@code manifest.tsv}, whose files are named relative to that manifest's folder. A row of
 * format {@code text} naming a {@code .tsv} that labels an HTML page trains on the page's
 * plain-text form, as a scraper or a crawl's WET record gives it. Without a manifest every
 * {@code .tsv} below the directory is a page and its parent folder is its family.
 */
public final class Corpus {
    public static final String MANIFEST = "manifest.tsv";

    private final List<CorpusPage> pages;
    private final String hash;

    private Corpus(List<CorpusPage> pages, String hash) {
        this.pages = List.copyOf(pages);
        this.hash = hash;
    }

    public static Corpus load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a directory");
        }
        MessageDigest digest = sha256();
        List<CorpusPage> pages = new ArrayList<>();
        Path manifest = dir.resolve(MANIFEST);
        try (DocumentReader reader = new DocumentReader(Limits.DEFAULT)) {
            if (Files.isRegularFile(manifest)) {
                for (Path m : manifests(dir)) {
                    readManifest(dir, m, reader, digest, pages);
                }
            } else {
                readTree(dir, reader, digest, pages);
            }
        }
        if (pages.isEmpty()) {
            throw new IOException(dir + ": no labeled pages found");
        }
        return new Corpus(pages, "sha256:" + HexFormat.of().formatHex(digest.digest()));
    }

    /** The top manifest first, then those of the collections below it in path order. */
    private static List<Path> manifests(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(dir.resolve(MANIFEST));
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.getFileName().toString().equals(MANIFEST) && !p.getParent().equals(dir)
                    && Files.isRegularFile(p)).sorted().forEach(out::add);
        }
        return out;
    }

    /** The pages a manifest lists, with their family and languages; file names as seen from {@code dir}. */
    private static void readManifest(Path dir, Path manifest, DocumentReader reader, MessageDigest digest,
                                     List<CorpusPage> pages) throws IOException {
        Path base = manifest.getParent();
        String prefix = base.equals(dir) ? "" : dir.relativize(base).toString().replace('\\', '/') + "/";
        List<String> rows = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        digest.update(String.join("\n", rows).getBytes(StandardCharsets.UTF_8));
        for (int r = 1; r < rows.size(); r++) {
            String row = rows.get(r);
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] f = row.split("\t", -1);
            if (f.length < 6) {
                throw new IOException(manifest + ":" + (r + 1) + ": expected 6 tab-separated fields");
            }
            String name = prefix + f[0];
            Path file = dir.resolve(name);
            Path labels = name.endsWith(".html") ? dir.resolve(name.substring(0, name.length() - 5) + ".tsv") : file;
            boolean textForm = !CorpusPage.HTML.equals(f[4]);
            pages.add(new CorpusPage(name, f[1], f[2], f[3], f[4], f[5], readPage(labels, textForm, reader, digest)));
        }
    }

    /** Without a manifest: every labeled page below the directory, its folder naming the family. */
    private static void readTree(Path dir, DocumentReader reader, MessageDigest digest, List<CorpusPage> pages)
            throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".tsv") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path file : files) {
            String rel = dir.relativize(file).toString().replace('\\', '/');
            String family = file.getParent() == null ? "-" : file.getParent().getFileName().toString();
            String format = GoldPages.htmlOf(file).isPresent() ? CorpusPage.HTML : "text";
            pages.add(new CorpusPage(rel, family, "-", "-", format, "-", readPage(file, false, reader, digest)));
        }
    }

    /**
     * Reads a page; the data hash covers its labels and, for an HTML page, the HTML. With
     * {@code textForm} the labels are read as a plain-text page even where they label HTML.
     */
    private static GoldPage readPage(Path file, boolean textForm, DocumentReader reader, MessageDigest digest)
            throws IOException {
        try {
            return textForm ? GoldPages.readText(file, digest::update) : GoldPages.read(file, reader, digest::update);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is not available", e));
        }
    }

    /** The corpus without the pages of the given site families (the hash says so). */
    public Corpus without(java.util.Set<String> families) {
        if (families.isEmpty()) {
            return this;
        }
        List<CorpusPage> kept = pages.stream().filter(p -> !families.contains(p.family())).toList();
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("leaving out " + families + " leaves no pages");
        }
        return new Corpus(kept, hash + " without " + new java.util.TreeSet<>(families));
    }

    public List<CorpusPage> pages() {
        return pages;
    }

    /** A hash over the manifest and every page file, recorded in the model manifest. */
    public String hash() {
        return hash;
    }

    public int lineCount() {
        return pages.stream().mapToInt(p -> p.gold().contentLabels().size()).sum();
    }
}
