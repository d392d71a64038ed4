package dev.linesift.train;

import dev.linesift.eval.GoldPage;
import dev.linesift.Limits;
import dev.linesift.eval.GoldPages;
import dev.linesift.input.DocumentReader;
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
 * it names. Without a manifest every {@code .tsv} below the directory is a page and its parent
 * folder is its family.
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
                readManifest(dir, manifest, reader, digest, pages);
            } else {
                readTree(dir, reader, digest, pages);
            }
        }
        if (pages.isEmpty()) {
            throw new IOException(dir + ": no labeled pages found");
        }
        return new Corpus(pages, "sha256:" + HexFormat.of().formatHex(digest.digest()));
    }

    /** The pages the manifest lists, with their family and languages. */
    private static void readManifest(Path dir, Path manifest, DocumentReader reader, MessageDigest digest,
                                     List<CorpusPage> pages) throws IOException {
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
            Path file = dir.resolve(f[0]);
            Path labels = f[0].endsWith(".html") ? dir.resolve(f[0].substring(0, f[0].length() - 5) + ".tsv") : file;
            pages.add(new CorpusPage(f[0], f[1], f[2], f[3], f[4], f[5], readPage(labels, reader, digest)));
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
            pages.add(new CorpusPage(rel, family, "-", "-", format, "-", readPage(file, reader, digest)));
        }
    }

    /** Reads a page; the data hash covers its labels and, for an HTML page, the HTML. */
    private static GoldPage readPage(Path file, DocumentReader reader, MessageDigest digest) throws IOException {
        try {
            return GoldPages.read(file, reader, digest::update);
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
