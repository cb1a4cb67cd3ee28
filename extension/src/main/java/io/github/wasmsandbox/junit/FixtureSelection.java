package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.spi.KnownDeviation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The fixtures a {@link HostileFixtures} selects, checked eagerly: every problem with the annotation is reported at
 * once, and filters that leave nothing are an error that says how many fixtures each filter kept. Used by the
 * {@code @ParameterizedTest} source and by {@code @SandboxTest}; needs nothing from {@code junit-jupiter-params}.
 */
final class FixtureSelection {

    private static final String NAME = "@HostileFixtures";

    private FixtureSelection() {}

    /**
     * The fixtures for a test that runs once per fixture ({@code @ParameterizedTest}).
     *
     * @param element the annotated element, for messages ({@code method sweep()})
     * @throws ExtensionConfigurationException listing every problem, or when nothing is selected
     */
    static List<HostileFixture> select(HostileFixtures annotation, String element, RuntimeRegistry registry) {
        check(annotation, element, registry, false);
        Narrowing narrowing = common(annotation);
        Set<String> deviating = deviating(registry, List.of(annotation.excludeKnownDeviationsOf()));
        if (annotation.excludeKnownDeviationsOf().length > 0) {
            narrowing.keep("excludeKnownDeviationsOf " + Arrays.toString(annotation.excludeKnownDeviationsOf()),
                    f -> !deviating.contains(f.id()));
        }
        if (narrowing.fixtures.isEmpty()) {
            throw new ExtensionConfigurationException(origin(element) + " selects no fixture: " + narrowing
                    + "; loosen a filter (docs/fixtures.md lists each fixture's limit, outcome, features and imports)");
        }
        return List.copyOf(narrowing.fixtures);
    }

    /**
     * The fixtures for each runtime of a test that runs once per runtime and fixture ({@code @SandboxTest}), in the
     * order of {@code runtimes}; a runtime may get none when {@link HostileFixtures#RUNTIME_UNDER_TEST} leaves out
     * every fixture there, but not every runtime may.
     *
     * @throws ExtensionConfigurationException listing every problem, or when no runtime gets a fixture
     */
    static Map<String, List<HostileFixture>> selectPerRuntime(HostileFixtures annotation, String element,
            RuntimeRegistry registry, List<String> runtimes) {
        check(annotation, element, registry, true);
        Narrowing narrowing = common(annotation);
        List<String> named = Arrays.stream(annotation.excludeKnownDeviationsOf())
                .filter(r -> !r.equals(HostileFixtures.RUNTIME_UNDER_TEST)).toList();
        Set<String> deviating = deviating(registry, named);
        if (!named.isEmpty()) {
            narrowing.keep("excludeKnownDeviationsOf " + named, f -> !deviating.contains(f.id()));
        }
        boolean perRuntime = List.of(annotation.excludeKnownDeviationsOf())
                .contains(HostileFixtures.RUNTIME_UNDER_TEST);
        Map<String, List<HostileFixture>> selected = new LinkedHashMap<>();
        for (String runtime : runtimes) {
            Set<String> own = perRuntime ? deviating(registry, List.of(runtime)) : Set.of();
            selected.put(runtime, narrowing.fixtures.stream().filter(f -> !own.contains(f.id())).toList());
        }
        if (selected.values().stream().allMatch(List::isEmpty)) {
            String steps = narrowing.toString();
            if (perRuntime && !narrowing.fixtures.isEmpty()) {
                steps += ", and the known deviations of each runtime under test " + runtimes + " leave none";
            }
            throw new ExtensionConfigurationException(origin(element) + " selects no fixture on any of the runtimes "
                    + runtimes + ": " + steps + "; loosen a filter (docs/fixtures.md lists each fixture's limit, "
                    + "outcome, features, imports and the known deviations of each runtime)");
        }
        return selected;
    }

    /** Every problem with the attributes themselves, thrown at once. */
    private static void check(HostileFixtures annotation, String element, RuntimeRegistry registry,
            boolean perRuntime) {
        List<String> problems = new ArrayList<>();
        checkIds("ids", annotation.ids(), problems);
        checkIds("exclude", annotation.exclude(), problems);
        for (String id : annotation.ids()) {
            if (List.of(annotation.exclude()).contains(id)) {
                problems.add("'" + id + "' is in both ids and exclude; remove it from one of them");
            }
        }
        List<String> runtimes = new ArrayList<>(List.of(annotation.excludeKnownDeviationsOf()));
        if (runtimes.remove(HostileFixtures.RUNTIME_UNDER_TEST) && !perRuntime) {
            problems.add("excludeKnownDeviationsOf = HostileFixtures.RUNTIME_UNDER_TEST needs a @SandboxTest, which "
                    + "runs once per runtime; a @ParameterizedTest has no runtime under test: name the runtime your "
                    + "host is built on instead (known runtimes: " + registry.names() + ")");
        }
        ConfigurationResolver.checkRuntimes(runtimes, registry)
                .forEach(p -> problems.add("excludeKnownDeviationsOf " + p));
        if (problems.size() == 1) {
            throw new ExtensionConfigurationException(origin(element) + ": " + problems.get(0));
        }
        if (!problems.isEmpty()) {
            throw new ExtensionConfigurationException("the " + NAME + " of " + element + " has " + problems.size()
                    + " problems:\n  - " + String.join("\n  - ", problems));
        }
    }

    private static void checkIds(String attribute, String[] ids, List<String> problems) {
        Set<String> seen = new LinkedHashSet<>();
        for (String id : ids) {
            if (Arrays.stream(HostileFixture.values()).noneMatch(f -> f.id().equals(id))) {
                problems.add(attribute + " must name catalog fixtures, but was '" + id + "' (the ids are in "
                        + "docs/fixtures.md: " + Arrays.stream(HostileFixture.values()).map(HostileFixture::id)
                        .collect(Collectors.joining(", ")) + ")");
            } else if (!seen.add(id)) {
                problems.add(attribute + " must name each fixture once, but '" + id + "' appears twice");
            }
        }
    }

    /** The filters that do not depend on a runtime, applied in the order the annotation declares them. */
    private static Narrowing common(HostileFixtures a) {
        Narrowing n = a.ids().length > 0
                ? new Narrowing("ids " + Arrays.toString(a.ids()),
                        Arrays.stream(a.ids()).map(HostileFixture::byId).toList())
                : new Narrowing("the catalog", List.of(HostileFixture.values()));
        if (a.exclude().length > 0) {
            Set<String> excluded = Set.of(a.exclude());
            n.keep("exclude " + Arrays.toString(a.exclude()), f -> !excluded.contains(f.id()));
        }
        if (a.stoppedBy().length > 0) {
            n.keep("stoppedBy " + Arrays.toString(a.stoppedBy()), f -> List.of(a.stoppedBy()).contains(f.stoppedBy()));
        }
        if (a.outcome().length > 0) {
            n.keep("outcome " + Arrays.toString(a.outcome()), f -> List.of(a.outcome()).contains(f.expectedOutcome()));
        }
        if (a.excludeFeatures().length > 0) {
            n.keep("excludeFeatures " + Arrays.toString(a.excludeFeatures()),
                    f -> disjoint(f.features(), List.of(a.excludeFeatures())));
        }
        if (a.excludeImports().length > 0) {
            n.keep("excludeImports " + Arrays.toString(a.excludeImports()),
                    f -> disjoint(f.imports(), List.of(a.excludeImports())));
        }
        return n;
    }

    /** The ids of the fixtures any of {@code runtimes} has a known deviation for. */
    private static Set<String> deviating(RuntimeRegistry registry, List<String> runtimes) {
        return runtimes.stream().flatMap(r -> registry.get(r).knownDeviations().stream())
                .map(KnownDeviation::fixtureId).collect(Collectors.toSet());
    }

    private static boolean disjoint(Collection<?> a, Collection<?> b) {
        return a.stream().noneMatch(b::contains);
    }

    private static String origin(String element) {
        return NAME + " on " + element;
    }

    /** The fixtures left after each filter, and how many each filter kept (the explanation of an empty result). */
    private static final class Narrowing {
        private List<HostileFixture> fixtures;
        private final List<String> steps = new ArrayList<>();

        Narrowing(String start, List<HostileFixture> fixtures) {
            this.fixtures = fixtures;
            steps.add(start + " has " + fixtures.size());
        }

        void keep(String filter, Predicate<HostileFixture> predicate) {
            fixtures = fixtures.stream().filter(predicate).toList();
            steps.add(filter + " keeps " + fixtures.size());
        }

        @Override
        public String toString() {
            return String.join(", ", steps);
        }
    }
}
