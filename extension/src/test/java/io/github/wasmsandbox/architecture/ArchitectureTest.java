package io.github.wasmsandbox.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The package graph, checked on the sources of every module: dependencies point down (api &lt;- spi &lt;- core &lt;-
 * adapters &lt;- junit/assertions/report &lt;- cli), and every public type states its API status.
 */
@DisplayName("Architecture")
class ArchitectureTest {

    private static final String ROOT = "io.github.wasmsandbox.";

    /** Each package, and the packages it may use. Anything not listed here is a new package: add it on purpose. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("api", Set.of("wat")),
            Map.entry("wat", Set.of()),
            Map.entry("fixtures", Set.of("api", "wat")),
            Map.entry("rewrite", Set.of("api")),
            Map.entry("spi", Set.of("api")),
            Map.entry("isolation", Set.of("api", "fixtures")),
            Map.entry("core", Set.of("api", "spi", "rewrite", "isolation")),
            Map.entry("runtime.chicory", Set.of("api", "spi")),
            Map.entry("runtime.endive", Set.of("api", "spi")),
            Map.entry("runtime.wasmtime", Set.of("api", "spi")),
            Map.entry("assertions.error", Set.of("api", "core")),
            Map.entry("assertions", Set.of("api", "spi", "core", "assertions.error")),
            Map.entry("junit", Set.of("api", "spi", "core", "fixtures", "isolation")),
            Map.entry("report", Set.of("api", "spi", "core", "fixtures", "isolation")),
            Map.entry("tck", Set.of("api", "spi", "core", "fixtures", "report")),
            Map.entry("cli", Set.of("api", "wat", "spi", "core", "fixtures", "rewrite", "report")));

    private static final Pattern PACKAGE = Pattern.compile("^package io\\.github\\.wasmsandbox\\.([a-z.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("io\\.github\\.wasmsandbox\\.((?:[a-z]+\\.)*[a-z]+)\\.[A-Z]");
    private static final Pattern PUBLIC_TOP_LEVEL = Pattern.compile(
            "^public (?:abstract |final |sealed |non-sealed )*(?:class|interface|enum|record|@interface) (\\w+)",
            Pattern.MULTILINE);

    @Test
    @DisplayName("no package uses a package above it (or one beside it that it is not meant to know)")
    void dependenciesPointDown() {
        List<String> violations = new ArrayList<>();
        for (Path file : mainSources()) {
            String source = read(file);
            String from = packageOf(source, file);
            assertThat(ALLOWED).as("the layer of package %s (%s): add it to ArchitectureTest.ALLOWED", from, file)
                    .containsKey(from);
            Matcher m = REFERENCE.matcher(source);
            Set<String> used = new TreeSet<>();
            while (m.find()) {
                used.add(m.group(1));
            }
            used.remove(from);
            for (String to : used) {
                if (!ALLOWED.get(from).contains(to)) {
                    violations.add(file.getFileName() + " (" + from + ") uses " + to);
                }
            }
        }
        assertThat(violations).as("dependencies in the wrong direction").isEmpty();
    }

    @Test
    @DisplayName("the allowed graph itself has no cycle")
    void allowedGraphIsAcyclic() {
        for (String start : ALLOWED.keySet()) {
            assertThat(reachable(start)).as("packages reachable from %s", start).doesNotContain(start);
        }
    }

    @Test
    @DisplayName("every public top-level type carries @API with its status")
    void publicTypesDeclareTheirStatus() {
        List<String> missing = new ArrayList<>();
        for (Path file : mainSources()) {
            String source = read(file);
            Matcher m = PUBLIC_TOP_LEVEL.matcher(source);
            if (m.find()) {
                int declaration = m.start();
                String head = source.substring(0, declaration);
                if (!Pattern.compile("@API\\(status = API\\.Status\\.(STABLE|MAINTAINED|EXPERIMENTAL|INTERNAL|DEPRECATED)")
                        .matcher(head.substring(Math.max(0, head.lastIndexOf("*/")))).find()) {
                    missing.add(m.group(1) + " (" + file + ")");
                }
            }
        }
        assertThat(missing).as("public types without @API(status = ...)").isEmpty();
    }

    private static Set<String> reachable(String start) {
        Set<String> seen = new TreeSet<>();
        List<String> todo = new ArrayList<>(ALLOWED.get(start));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (seen.add(next)) {
                todo.addAll(ALLOWED.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    private static String packageOf(String source, Path file) {
        Matcher m = PACKAGE.matcher(source);
        assertThat(m.find()).as("package declaration of %s", file).isTrue();
        return m.group(1);
    }

    /** The main sources of the library's modules (not examples or benchmarks, which are users of it). */
    static List<Path> mainSources() {
        Path root = projectRoot();
        List<Path> files = new ArrayList<>();
        for (String module : List.of("api", "fixtures-wat", "extension", "cli")) {
            Path dir = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(files).as("sources found under %s", root).hasSizeGreaterThan(50);
        return files;
    }

    private static Path projectRoot() {
        String root = System.getProperty("maven.multiModuleProjectDirectory");
        return root != null && !root.isBlank() ? Path.of(root) : Path.of("..");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
