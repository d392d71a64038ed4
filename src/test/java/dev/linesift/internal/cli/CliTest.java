package dev.linesift.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static List<Map<String, Object>> jsonl(String text) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        JsonFactory f = new JsonFactory();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            try (JsonParser p = f.createParser(line)) {
                assertEquals(JsonToken.START_OBJECT, p.nextToken());
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    row.put(name, v == JsonToken.VALUE_NULL ? null : v == JsonToken.VALUE_NUMBER_INT ? (Object) p.getIntValue()
                            : v == JsonToken.VALUE_NUMBER_FLOAT ? (Object) p.getDoubleValue() : p.getText());
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static final String PAGE = "Harbour council approves new ferry timetable\n\nThe council voted nine to four on "
            + "Tuesday to add two late-evening crossings to the island route.\n\tTabbed line with trailing space \nLog in";

    @Test
    void labelPrintsOneJsonObjectPerNonBlankLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.txt");
        Files.writeString(f, PAGE, StandardCharsets.UTF_8);
        Run r = run("label", "--quiet", f.toString());
        assertEquals(0, r.code(), r.err());
        List<Map<String, Object>> rows = jsonl(r.out());
        assertEquals(4, rows.size());
        assertEquals(List.of("source", "line", "text", "label", "confidence", "language", "block"),
                List.copyOf(rows.get(0).keySet()));
        assertTrue(rows.stream().allMatch(m -> m.get("block").equals("none")), "plain text has no blocks");
        assertEquals(f.toString(), rows.get(0).get("source"));
        assertEquals(List.of(1, 3, 4, 5), rows.stream().map(m -> m.get("line")).toList());
        assertEquals("\tTabbed line with trailing space ", rows.get(2).get("text"));
        for (Map<String, Object> m : rows) {
            assertTrue(List.of("article", "paywall", "teaser", "metadata").contains(m.get("label")));
            double c = ((Number) m.get("confidence")).doubleValue();
            assertTrue(c >= 0 && c <= 1);
        }
    }

    @Test
    void tsvIsTheLabeledPageFormat(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.txt");
        Files.writeString(f, PAGE, StandardCharsets.UTF_8);
        Run r = run("label", "--format", "tsv", f.toString());
        assertEquals(0, r.code());
        String[] lines = r.out().split("\n", -1);
        assertEquals("", lines[1]);
        assertTrue(lines[2].endsWith("\tThe council voted nine to four on Tuesday to add two late-evening crossings to the island route."));
        assertTrue(lines[3].endsWith("\t\tTabbed line with trailing space "));
    }

    @Test
    void aFailingInputIsReportedAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("a.txt");
        Files.writeString(good, PAGE, StandardCharsets.UTF_8);
        Run r = run("label", good.toString(), dir.resolve("missing.txt").toString(), good.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("missing.txt: no such file"), r.err());
        assertEquals(8, jsonl(r.out()).size());
    }

    @Test
    void directoriesAreWalked(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/one.txt"), PAGE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("two.txt"), PAGE, StandardCharsets.UTF_8);
        Run r = run("clean", "--format", "jsonl", "--quiet", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<Map<String, Object>> rows = jsonl(r.out());
        assertEquals(2, rows.size());
        assertEquals(List.of("source", "language", "headline", "text"), List.copyOf(rows.get(0).keySet()));
        assertNull(rows.get(0).get("headline"), "plain text marks no headline");
        assertEquals("en", rows.get(0).get("language"));
    }

    @Test
    void parallelLabelingPrintsWhatOneThreadPrintsInInputOrder(@TempDir Path dir) throws Exception {
        String sample;
        try (var in = CliTest.class.getResourceAsStream("/samples/harbour-ferry.txt")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (int i = 0; i < 9; i++) {
            // Pages of different lengths finish out of order on the workers.
            Files.writeString(dir.resolve("p" + i + ".txt"), i % 2 == 0 ? sample : PAGE, StandardCharsets.UTF_8);
        }
        Files.write(dir.resolve("p4b.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});
        for (String command : List.of("label", "clean")) {
            Run one = run(command, "--quiet", "--threads", "1", dir.toString());
            Run two = run(command, "--quiet", "--threads", "3", dir.toString());
            assertEquals(1, one.code(), "the broken PDF fails: " + one.err());
            assertEquals(one.code(), two.code());
            assertEquals(one.out(), two.out(), command);
            assertEquals(one.err(), two.err(), command);
            assertTrue(one.err().contains("p4b.pdf"), one.err());
        }
        assertEquals(2, run("label", "--threads", "-1", dir.toString()).code(), "a negative count is a usage error");
    }

    @Test
    void cleanPrintsArticleLinesUnchanged(@TempDir Path dir) throws Exception {
        // A whole page (menu, story, paywall, story cards): a four-line fragment is too little
        // page for any label to be sure, and this test is about what clean prints.
        String page;
        try (var in = CliTest.class.getResourceAsStream("/samples/harbour-ferry.txt")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path f = dir.resolve("p.txt");
        Files.writeString(f, page, StandardCharsets.UTF_8);
        Run r = run("clean", f.toString());
        assertEquals(0, r.code(), r.err());
        List<String> pageLines = page.lines().toList();
        for (String line : r.out().split("\n")) {
            assertTrue(pageLines.contains(line), line);
        }
        assertTrue(r.out().contains("The harbour council voted nine to four on Tuesday evening"));
        assertFalse(r.out().contains("Logg inn"));
        assertFalse(r.out().contains("Storm closes coastal road"));
    }

    @Test
    void cleanBodyLeavesOutTheHeadlineAndCaptions(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.html");
        try (var in = CliTest.class.getResourceAsStream("/samples/harbour-ferry.html")) {
            Files.write(f, in.readAllBytes());
        }
        String headline = "Harbour council approves two late-evening ferry crossings";
        Run all = run("clean", f.toString());
        Run body = run("clean", "--body", f.toString());
        assertEquals(0, all.code(), all.err());
        assertEquals(0, body.code(), body.err());
        assertTrue(all.out().startsWith(headline + "\n"), all.out());
        assertTrue(body.out().startsWith("The harbour council voted nine to four"), body.out());
        assertFalse(body.out().contains("Photo: Tor Eikrem"));
        // The body is the article without those two lines, in the same order.
        List<String> rest = new ArrayList<>(List.of(all.out().split("\n")));
        rest.remove(headline);
        rest.remove("The evening ferry leaves the island quay in light rain. Photo: Tor Eikrem");
        assertEquals(rest, List.of(body.out().split("\n")));

        Map<String, Object> json = jsonl(run("clean", "--body", "--format", "jsonl", f.toString()).out()).get(0);
        assertEquals(headline, json.get("headline"));
        assertEquals(body.out().strip(), json.get("text"));

        Run labels = run("label", "--quiet", f.toString());
        Map<String, Object> first = jsonl(labels.out()).stream().filter(m -> m.get("text").equals(headline)).findFirst().orElseThrow();
        assertEquals("title", first.get("block"));
    }

    @Test
    void favorTradesArticleRecallForPrecision(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.html");
        try (var in = CliTest.class.getResourceAsStream("/samples/harbour-ferry.html")) {
            Files.write(f, in.readAllBytes());
        }
        List<String> precision = List.of(run("clean", "--favor", "precision", f.toString()).out().split("\n"));
        List<String> balanced = List.of(run("clean", f.toString()).out().split("\n"));
        List<String> recall = List.of(run("clean", "--favor", "RECALL", f.toString()).out().split("\n"));
        // One threshold on one probability: each stricter setting keeps a subset, in order.
        assertTrue(balanced.containsAll(precision), precision + " / " + balanced);
        assertTrue(recall.containsAll(balanced), balanced + " / " + recall);
        assertTrue(precision.size() <= balanced.size() && balanced.size() <= recall.size());
        assertEquals(2, run("clean", "--favor", "most", f.toString()).code());
    }

    @Test
    void extractShowsTheLinesAsNumbered(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.txt");
        Files.writeString(f, "a\n\nb\n", StandardCharsets.UTF_8);
        Run r = run("extract", f.toString());
        assertEquals("1\ta\n2\t\n3\tb\n", r.out());
    }

    @Test
    void evaluateScoresAFolderOfLabeledPages(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.tsv"), "article\tHarbour council approves new ferry timetable\n\narticle\tThe council voted "
                + "nine to four on Tuesday to add two late-evening crossings to the island route.\npaywall\tLog in\n", StandardCharsets.UTF_8);
        Run r = run("evaluate", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("macro"));
        assertTrue(r.out().contains("gold \\ predicted"));
    }

    @Test
    void evaluateScoresTheTextFormOfAnHtmlPageOnRequest(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.html"), "<html><body><nav><a href='/'>Home</a></nav>"
                + "<p>The council voted nine to four on Tuesday to add two late-evening crossings.</p></body></html>");
        Files.writeString(dir.resolve("p.tsv"), "teaser\tHome\narticle\tThe council voted nine to four on Tuesday to add "
                + "two late-evening crossings.\n", StandardCharsets.UTF_8);
        Run html = run("evaluate", "--pages", dir.toString());
        Run text = run("evaluate", "--pages", "--input-format", "text", dir.toString());
        assertEquals(0, html.code(), html.err());
        assertEquals(0, text.code(), text.err());
        assertTrue(html.out().contains("1 pages, 2 lines") && text.out().contains("1 pages, 2 lines"), text.out());
        // The HTML label file becomes a plain page with the same lines: broken HTML cannot fail it.
        Files.writeString(dir.resolve("p.html"), "<html><body><p>Something else entirely</p></body></html>");
        assertEquals(1, run("evaluate", dir.toString()).code());
        assertEquals(0, run("evaluate", "--input-format", "text", dir.toString()).code());
    }

    @Test
    void usageErrorsExitWithTwoAndHelpWorksEverywhere() {
        assertEquals(2, run("label").code());
        assertEquals(2, run("label", "--format", "xml", "x").code());
        assertEquals(2, run("nonsense").code());
        for (String cmd : List.of("label", "clean", "extract", "evaluate", "train", "report")) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: linesift " + cmd), cmd);
        }
        assertEquals(0, run("--help").code());
        assertFalse(run("--version").out().isBlank());
    }

    /** The build's training step runs the CLI inside Maven's JVM: it must return, and fail loudly. */
    @Test
    void theInProcessEntryPointReturnsOnSuccessAndThrowsOnFailure(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, "Short line\n", StandardCharsets.UTF_8);
        Main.InProcess.main(new String[] {"extract", page.toString()});
        var e = assertThrows(IllegalStateException.class, () -> Main.InProcess.main(new String[] {"label", "--no-such-option"}));
        assertTrue(e.getMessage().contains("exit code 2"), e.getMessage());
    }
}
