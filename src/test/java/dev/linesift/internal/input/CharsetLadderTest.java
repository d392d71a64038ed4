package dev.linesift.internal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.InputFormat;
import dev.linesift.Limits;
import dev.linesift.internal.input.EncodingSamples.Sample;
import dev.linesift.internal.lines.Line;
import dev.linesift.internal.lines.Page;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every charset the decoder covers, declared right, declared wrong and undeclared, as plain text
 * and as HTML: each must come out as exactly the text that was encoded.
 */
class CharsetLadderTest {
    private static final DocumentReader READER = new DocumentReader(Limits.DEFAULT);

    @AfterAll
    static void close() {
        READER.close();
    }

    static Stream<Sample> legacy() {
        return EncodingSamples.LEGACY.stream();
    }

    static Stream<Arguments> legacyDeclaredWrong() {
        List<Arguments> out = new ArrayList<>();
        for (Sample s : EncodingSamples.LEGACY) {
            for (String label : s.wrongLabels()) {
                out.add(Arguments.of(s, label));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacy")
    void legacyDeclaredRight(Sample s) {
        assertText(s.lines(), s.bytes(), s.charset(), s + " declared");
        assertHtml(s.lines(), html(s.lines(), s.charset(), Charset.forName(s.charset())), null, s + " in meta");
    }

    @ParameterizedTest(name = "{0} declared {1}")
    @MethodSource("legacyDeclaredWrong")
    void legacyDeclaredWrong(Sample s, String label) {
        assertText(s.lines(), s.bytes(), label, s + " declared " + label);
        assertHtml(s.lines(), html(s.lines(), label, Charset.forName(s.charset())), null, s + " with meta " + label);
    }

    /**
     * Undeclared: detection. Each sample is three sentences (about 60 to 100 bytes each); at
     * that length every sample comes out right. A single short sentence or a few words may not:
     * see {@link #undeclaredDetectionNeedsAboutASentence}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("legacy")
    void legacyUndeclared(Sample s) {
        assertText(s.lines(), s.bytes(), null, s + " undeclared");
        assertHtml(s.lines(), html(s.lines(), null, Charset.forName(s.charset())), null, s + " without meta");
    }

    /** Sites declare legacy charsets for pages they send as UTF-8: the UTF-8 wins. */
    @ParameterizedTest(name = "UTF-8 declared {0}")
    @MethodSource("legacy")
    void utf8DeclaredAsALegacyCharset(Sample s) {
        byte[] utf8 = s.text().getBytes(StandardCharsets.UTF_8);
        assertText(s.lines(), utf8, s.charset(), "UTF-8 " + s.language() + " declared " + s.charset());
        assertHtml(s.lines(), html(s.lines(), s.charset(), StandardCharsets.UTF_8), null,
                "UTF-8 " + s.language() + " with meta " + s.charset());
    }

    @ParameterizedTest(name = "UTF-8 {0}")
    @ValueSource(strings = {"utf-8", "none"})
    void utf8DeclaredOrNot(String label) {
        List<String> lines = mixedScripts();
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        String declared = label.equals("none") ? null : label;
        assertText(lines, bytes, declared, "UTF-8 " + label);
        assertHtml(lines, html(lines, declared, StandardCharsets.UTF_8), null, "UTF-8 meta " + label);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithByteOrderMarkWhateverIsDeclared(String charset) {
        Charset cs = Charset.forName(charset);
        List<String> lines = mixedScripts();
        for (String label : new String[] {charset, "utf-16", "windows-1252", "utf-8", null}) {
            assertText(lines, withBom(String.join("\n", lines), cs), label, charset + " with BOM declared " + label);
            // A meta inside UTF-16 markup cannot be read as ASCII: the mark decides.
            assertHtml(lines, withBom(htmlText(lines, label), cs), null, charset + " HTML with BOM, meta " + label);
            assertHtml(lines, withBom(htmlText(lines, null), cs), label, charset + " HTML with BOM, transport " + label);
        }
    }

    /**
     * Without a mark, UTF-16 is recognised by its NUL bytes, so the text must be mostly ASCII
     * (Latin text, or any text inside markup): CJK plain text in UTF-16 without a mark and
     * undeclared is not recognised.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithoutByteOrderMark(String charset) {
        Charset cs = Charset.forName(charset);
        for (String label : new String[] {charset, "utf-16", "windows-1252", "iso-8859-2", null}) {
            List<String> lines = EncodingSamples.GERMAN;
            assertText(lines, String.join("\n", lines).getBytes(cs), label, charset + " declared " + label);
            List<String> mixed = mixedScripts();
            assertHtml(mixed, htmlText(mixed, null).getBytes(cs), label, charset + " HTML, transport " + label);
        }
        // Declared by the transport, non-Latin text needs no NULs.
        List<String> russian = EncodingSamples.RUSSIAN;
        assertText(russian, String.join("\n", russian).getBytes(cs), charset, charset + " Russian declared");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-32LE", "UTF-32BE"})
    void utf32WithByteOrderMark(String charset) {
        List<String> lines = mixedScripts();
        assertText(lines, withBom(String.join("\n", lines), Charset.forName(charset)), null, charset);
    }

    /**
     * Undeclared detection needs about a sentence: every prefix of every sample that is at least
     * 100 characters long comes out right. Measured when this was written, the shortest prefix
     * from which every longer one is right was 90 characters for Czech in windows-1250 (shorter
     * Czech reads as windows-1252 or windows-1254: "Vèera veèer"), 35 for Czech in ISO-8859-2, 12
     * for Korean, 11 for Ukrainian, 6 for Russian, 4 for Turkish, and the first word for the
     * other samples.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("legacy")
    void undeclaredDetectionNeedsAboutASentence(Sample s) {
        String text = s.text();
        for (int end = 100; end <= text.length(); end++) {
            if (end == text.length() || text.charAt(end) == ' ') {
                String prefix = text.substring(0, end);
                assertEquals(prefix, TextDecoder.decode(prefix.getBytes(Charset.forName(s.charset()))).text(), s.toString());
            }
        }
    }

    /**
     * A word or two of undeclared legacy text is too little evidence, and the guess may be
     * wrong. These document what comes out now; they decode without replacement characters,
     * but not as written. Declaring the charset avoids all of them, except the UTF-8 one: two
     * GB2312 characters whose bytes happen to be valid UTF-8 are UTF-8 even when GB2312 is
     * declared, the price of letting valid UTF-8 win over a declaration.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"windows-1250:Děkuji:Dìkuji", "GB2312:谢谢:лл", "Shift_JIS:ありがとう:偁傝偑偲偆"})
    void veryShortUndeclaredTextMayBeMisread(String testCase) {
        String[] parts = testCase.split(":");
        byte[] bytes = parts[1].getBytes(Charset.forName(parts[0]));
        assertEquals(parts[2], TextDecoder.decode(bytes).text());
        if (!parts[0].equals("GB2312")) {
            assertEquals(parts[1], TextDecoder.decode(bytes, parts[0], false).text());
        }
    }

    /**
     * A Latin charset declared for text in another Latin charset is kept when its text looks
     * like text: all letters, no symbols inside words, no undecodable bytes. Only language
     * statistics could tell Turkish in windows-1254 read as windows-1252 ("akþam") from real
     * text, and they are too weak on short or mixed-language pages to overrule a declaration.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"windows-1254:windows-1252:Dün akþam", "ISO-8859-2:windows-1252:Gyõrbõl",
            "ISO-8859-1:iso-8859-2:i gĺr", "windows-1252:windows-1250:un bśuf"})
    void aLatinCharsetDeclaredForAnotherLatinCharsetIsKeptWhenItsTextLooksRight(String testCase) {
        String[] parts = testCase.split(":");
        Sample sample = EncodingSamples.LEGACY.stream()
                .filter(x -> x.charset().equals(parts[0]) && !x.language().equals("Polish") && !x.language().equals("Czech"))
                .findFirst().orElseThrow();
        String read = TextDecoder.decode(sample.bytes(), parts[1], false).text();
        assertFalse(read.contains("\uFFFD"), read);
        assertTrue(read.contains(parts[2]), read);
    }

    static List<String> mixedScripts() {
        return List.of("Blåbærsyltetøy på Ærøy koster 49 € – «søt og god».", "Москва и Київ, Ελληνικά, Türkçe ve Polski: żółć.",
                "東京の天気は晴れ、北京今天下雨，서울은 맑음.");
    }

    static byte[] html(List<String> lines, String metaLabel, Charset charset) {
        return htmlText(lines, metaLabel).getBytes(charset);
    }

    static String htmlText(List<String> lines, String metaLabel) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head>");
        if (metaLabel != null) {
            html.append("<meta charset=\"").append(metaLabel).append("\">");
        }
        html.append("<title>Sample</title><style>p { margin: 0 }</style></head>\n<body><article>\n");
        for (String line : lines) {
            html.append("<p>").append(line).append("</p>\n");
        }
        return html.append("</article></body></html>\n").toString();
    }

    static byte[] withBom(String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("\uFEFF".getBytes(charset));
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    static void assertText(List<String> expected, byte[] bytes, String label, String what) {
        Page page = READER.read(bytes, what, "page.txt", InputFormat.TEXT, label);
        assertLines(expected, page, what + " [read as " + TextDecoder.decode(bytes, label, false).charset() + "]");
    }

    static void assertHtml(List<String> expected, byte[] bytes, String label, String what) {
        Page page = READER.read(bytes, what, "page.html", InputFormat.AUTO, label);
        assertLines(expected, page, what + " [read as " + TextDecoder.decode(bytes, label, true).charset() + "]");
    }

    private static void assertLines(List<String> expected, Page page, String what) {
        List<String> got = page.lines().stream().map(Line::text).toList();
        for (String line : got) {
            assertFalse(line.contains("\uFFFD") || line.contains("Ã") || line.contains("Â"), what + ": mojibake in " + line);
        }
        assertEquals(expected, got, what);
    }
}
