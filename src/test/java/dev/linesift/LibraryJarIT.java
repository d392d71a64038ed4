package dev.linesift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library jar as a user meets it: a program that imports only {@code dev.linesift} compiles
 * against the library jar alone (no public signature needs Smile, Tika or Lingua on the compile
 * path), and runs with the library's dependencies but without the command line's picocli.
 */
class LibraryJarIT {
    private static final String PROGRAM = """
            import dev.linesift.*;
            import java.util.List;

            public class UsesTheApi {
                public static void main(String[] args) {
                    try (LineSift sift = LineSift.builder().favor(Favor.BALANCED).build()) {
                        LabeledPage page = sift.label(List.of(
                                "Harbour council approves new ferry timetable after long dispute",
                                "",
                                "The council voted nine to four on Tuesday to add two late-evening crossings to the island route, ending a dispute that had run since the spring.",
                                "Subscribe now and get unlimited access for 1 euro the first month."), "api");
                        ModelInfo info = sift.model().info();
                        System.out.println(page.lines().size() + " " + info.schemaVersion() + " " + page.dominantLanguage().code());
                    }
                }
            }
            """;

    @Test
    void aProgramUsingOnlyTheApiCompilesAgainstTheLibraryJarAndRuns(@TempDir Path tmp) throws Exception {
        Path jar = libraryJar();
        Path src = tmp.resolve("UsesTheApi.java");
        Files.writeString(src, PROGRAM);
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-cp", jar.toString(), "-d", classes.toString(), src.toString());
        assertEquals(0, rc, "compiles against " + jar.getFileName() + " alone");

        // The library's dependencies as this test JVM has them, without the test tools, this
        // project's classes and the command line's libraries.
        List<String> runtime = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> !p.contains("junit") && !p.contains("jqwik") && !p.contains("opentest4j")
                        && !p.contains("apiguardian") && !p.contains("picocli")
                        && !p.endsWith("classes") && !p.endsWith("test-classes"))
                .collect(Collectors.toCollection(ArrayList::new));
        runtime.add(0, jar.toString());
        runtime.add(0, classes.toString());
        assertTrue(runtime.stream().noneMatch(p -> p.contains("picocli")));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, runtime), "UsesTheApi")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.endsWith("3 " + Model.embedded().info().schemaVersion() + " en"), out);
    }

    private static Path libraryJar() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("linesift-[0-9].*\\.jar")
                            && !f.getFileName().toString().matches(".*-(sources|javadoc|cli)\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no library jar in target/; run mvn verify"));
        }
    }
}
