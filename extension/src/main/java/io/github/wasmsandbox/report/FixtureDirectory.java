package io.github.wasmsandbox.report;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.fixtures.FixtureHost;
import io.github.wasmsandbox.fixtures.HostImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Loads a user's fixtures: every {@code .wat} and {@code .wasm} file of a directory (not its subdirectories),
 * in name order. A fixture declares itself in the leading comment lines of its {@code .wat} (for a
 * {@code .wasm}, in a sibling text file named like it plus {@code .headers}, e.g. {@code spin.wasm.headers}):
 *
 * <pre>
 * ;; @invoke run                  (the export to call; "-" only instantiates; default "run")
 * ;; @limits fuel=1000000 deadline-ms=200 max-memory-pages=16 max-table-elements=1000 max-call-depth=500   (any subset)
 * ;; @expect PREEMPTED|OUT_OF_FUEL (required: one or several outcome names)
 * ;; @expect-on chicory-interpreter ESCAPED   (optional, any number: outcomes that also pass on that runtime)
 * </pre>
 *
 * An {@code @expect-on} line is the fixture's documented deviation on that runtime, like a catalog fixture's
 * {@code KnownDeviation}: a row that ends so is a {@code known-deviation}, not a failure, and a fixture declared to
 * escape on a runtime runs after every other row (and also passes as KILLED under process isolation).
 *
 * Without {@code deadline-ms}, a backstop deadline of {@link SandboxLimits#FIXTURE_BACKSTOP} applies, so no
 * row can run longer than its hard ceiling. The catalog's host functions ({@code env.block}, {@code env.fail},
 * {@code env.tick}) are offered to every fixture. A header mistake is a {@link FixtureFormatException} naming the
 * file, the line and the fix.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FixtureDirectory {

    private static final List<String> LIMIT_KEYS = List.of("fuel", "deadline-ms", "max-memory-pages", "max-table-elements",
            "max-call-depth");

    private FixtureDirectory() {}

    /** The cases of every fixture file in {@code dir}. */
    public static List<ConformanceCase> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new FixtureFormatException(dir + ": not a directory");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> Files.isRegularFile(p) && isModule(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new FixtureFormatException(dir + ": no .wat or .wasm fixture in this directory");
        }
        List<ConformanceCase> cases = new ArrayList<>();
        for (Path file : files) {
            cases.add(load(file, headersOf(file)));
        }
        return cases;
    }

    private static boolean isModule(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".wat") || name.endsWith(".wasm");
    }

    private static HeaderSource headersOf(Path file) {
        Path source = file.getFileName().toString().endsWith(".wasm")
                ? file.resolveSibling(file.getFileName() + ".headers") : file;
        if (!Files.isRegularFile(source)) {
            throw new FixtureFormatException(file + ": a .wasm fixture needs its headers in " + source.getFileName()
                    + " (lines like `;; @expect PREEMPTED`)");
        }
        try {
            return new HeaderSource(source, Files.readAllLines(source, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    private record HeaderSource(Path file, List<String> lines) {}

    private static ConformanceCase load(Path file, HeaderSource headers) {
        String invoke = "run";
        SandboxLimits.Builder limits = SandboxLimits.builder();
        boolean deadline = false;
        Set<OutcomeKind> expected = null;
        Map<String, Set<OutcomeKind>> expectedOn = new LinkedHashMap<>();
        for (int i = 0; i < headers.lines().size(); i++) {
            String line = headers.lines().get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith(";;")) {
                break;
            }
            String text = line.substring(2).strip();
            if (!text.startsWith("@")) {
                continue;
            }
            String where = headers.file() + ":" + (i + 1) + ": ";
            String[] parts = text.split("\\s+", 2);
            String value = parts.length > 1 ? parts[1].strip() : "";
            switch (parts[0]) {
                case "@invoke" -> {
                    if (value.isEmpty() || value.contains(" ")) {
                        throw new FixtureFormatException(where + "@invoke takes one export name, or - to only instantiate");
                    }
                    invoke = value;
                }
                case "@limits" -> deadline |= limits(where, value, limits);
                case "@expect" -> expected = outcomes(where, "@expect", value);
                case "@expect-on" -> expectOn(where, value, expectedOn);
                default -> throw new FixtureFormatException(where + "unknown header " + parts[0]
                        + "; known: @invoke, @limits, @expect, @expect-on");
            }
        }
        if (expected == null) {
            throw new FixtureFormatException(headers.file() + ": no `;; @expect OUTCOME` header; add one before the module"
                    + " (outcomes: " + Arrays.toString(OutcomeKind.values()) + ")");
        }
        if (!deadline) {
            limits.deadline(SandboxLimits.FIXTURE_BACKSTOP);
        }
        GuestModule module = GuestModule.fromFile(file);
        Invocation invocation = Invocation.of(module).withHost(Arrays.stream(HostImport.values())
                .map(FixtureHost::function).toArray(io.github.wasmsandbox.api.HostFunction[]::new));
        if (!invoke.equals("-")) {
            invocation = invocation.call(invoke);
        }
        SandboxLimits built;
        try {
            built = limits.build();
        } catch (IllegalArgumentException e) {
            throw new FixtureFormatException(headers.file() + ": @limits: " + e.getMessage());
        }
        return ConformanceCase.user(file.getFileName().toString(), invocation, built, expected, expectedOn);
    }

    /** Reads {@code RUNTIME OUTCOME|...} of an {@code @expect-on} line into {@code expectedOn}. */
    private static void expectOn(String where, String value, Map<String, Set<OutcomeKind>> expectedOn) {
        String[] parts = value.split("\\s+", 2);
        if (parts.length < 2 || parts[0].isEmpty()) {
            throw new FixtureFormatException(where + "@expect-on takes a runtime and outcomes, e.g."
                    + " `;; @expect-on chicory-interpreter ESCAPED`");
        }
        List<String> known = io.github.wasmsandbox.core.RuntimeRegistry.discover().names();
        if (!known.contains(parts[0])) {
            throw new FixtureFormatException(where + "@expect-on: unknown runtime '" + parts[0] + "'; runtimes: " + known);
        }
        if (expectedOn.containsKey(parts[0])) {
            throw new FixtureFormatException(where + "@expect-on: a second line for " + parts[0]
                    + "; list every outcome on one line, separated by |");
        }
        expectedOn.put(parts[0], outcomes(where, "@expect-on " + parts[0], parts[1].strip()));
    }

    /** Applies {@code key=value} pairs; returns whether a deadline was given. */
    private static boolean limits(String where, String value, SandboxLimits.Builder limits) {
        boolean deadline = false;
        if (value.isEmpty()) {
            throw new FixtureFormatException(where + "@limits needs key=value pairs; keys: " + LIMIT_KEYS);
        }
        for (String pair : value.split("\\s+")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (eq < 0 || !LIMIT_KEYS.contains(key)) {
                throw new FixtureFormatException(where + "@limits: '" + pair + "' is not key=value with a key among "
                        + LIMIT_KEYS);
            }
            long n;
            try {
                n = Long.parseLong(pair.substring(eq + 1));
            } catch (NumberFormatException e) {
                throw new FixtureFormatException(where + "@limits: " + key + " expects a whole number, got '"
                        + pair.substring(eq + 1) + "'");
            }
            try {
                switch (key) {
                    case "fuel" -> limits.fuel(n);
                    case "deadline-ms" -> {
                        limits.deadlineMillis(n);
                        deadline = true;
                    }
                    case "max-memory-pages" -> limits.maxMemoryPages(Math.toIntExact(n));
                    case "max-table-elements" -> limits.maxTableElements(Math.toIntExact(n));
                    default -> limits.maxCallDepth(Math.toIntExact(n));
                }
            } catch (ArithmeticException | IllegalArgumentException e) {
                throw new FixtureFormatException(where + "@limits: " + key + "=" + n + ": " + e.getMessage());
            }
        }
        return deadline;
    }

    private static Set<OutcomeKind> outcomes(String where, String header, String value) {
        Set<OutcomeKind> kinds = EnumSet.noneOf(OutcomeKind.class);
        for (String name : value.split("\\|")) {
            try {
                kinds.add(OutcomeKind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new FixtureFormatException(where + header + ": unknown outcome '" + name.strip() + "'; outcomes: "
                        + Arrays.toString(OutcomeKind.values()));
            }
        }
        return kinds;
    }
}
