package dev.linesift.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads {@code ../shared/bench/wcxb-dev} as {@code ../shared/bench/README.md} describes it;
 * skipped when the data is absent (it is never copied into the project).
 */
class WcxbDataTest {
    private static final Path WCXB = Path.of(System.getProperty("linesift.shared", "../shared"), "bench", "wcxb-dev");

    @Test
    void loadsEveryPageWithItsTypeAndSnippets() throws Exception {
        assumeTrue(Files.isRegularFile(WCXB.resolve("ground-truth.json")), WCXB + " is not present");
        List<WcxbData.Item> items = WcxbData.load(WCXB);
        assertEquals(400, items.size());
        for (String type : WcxbData.PAGE_TYPES) {
            assertTrue(items.stream().anyMatch(i -> i.pageType().equals(type)), type);
        }
        assertTrue(items.stream().allMatch(i -> WcxbData.PAGE_TYPES.contains(i.pageType())));
        assertEquals(200, items.stream().filter(i -> i.pageType().equals("article")).count());
        assertTrue(items.stream().allMatch(i -> i.html().length() > 100 && !i.url().isBlank()));
        assertTrue(items.stream().anyMatch(i -> !i.with().isEmpty() && !i.without().isEmpty()));
        assertFalse(items.get(0).truth().isBlank());
    }
}
