package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.api.Isolation;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.core.Sandboxes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Resolves the {@link SandboxConfiguration} of one element, attribute by attribute: the declared annotations
 * nearest first (method, class and superclasses, enclosing classes), else the configuration parameter, else the
 * built-in default. Checks everything and collects every problem, each with where it comes from, before any side
 * effect: nothing is opened for a configuration that is not known to be valid.
 */
final class ConfigurationResolver {

    static final long DEFAULT_DEADLINE_MILLIS = 1000;
    static final long DEFAULT_EPOCH_TICK_MILLIS = 1;
    static final long DEFAULT_MAX_MEMORY_PAGES = 1024;
    static final long DEFAULT_MAX_TABLE_ELEMENTS = 10_000;
    static final Duration DISABLED_HARD_CEILING = Duration.ofDays(1);

    private ConfigurationResolver() {}

    /**
     * One {@code @WasmSandbox} in force for an element.
     *
     * @param annotation the annotation (found directly or through a composed annotation)
     * @param origin where it sits, for messages: {@code @WasmSandbox on class PluginTest}
     */
    record Declared(WasmSandbox annotation, String origin) {}

    /**
     * The outcome of resolving one element: its configuration, or every problem that prevents one.
     *
     * @param element the element, for messages: {@code method stopsLoop()}, {@code class PluginTest}
     * @param configuration the configuration when there is no problem
     * @param problems every problem, each naming its origin
     */
    record Resolution(String element, Optional<SandboxConfiguration> configuration, List<String> problems) {

        Resolution {
            problems = List.copyOf(problems);
        }

        /** The configuration, or an {@link ExtensionConfigurationException} listing every problem. */
        SandboxConfiguration orThrow() {
            if (problems.isEmpty()) {
                return configuration.orElseThrow();
            }
            if (problems.size() == 1) {
                throw new ExtensionConfigurationException(problems.get(0));
            }
            throw new ExtensionConfigurationException("the @WasmSandbox configuration of " + element + " has "
                    + problems.size() + " problems:\n  - " + String.join("\n  - ", problems));
        }
    }

    /**
     * Resolves an element's configuration.
     *
     * @param declared the annotations in force, nearest first
     * @param element what is being resolved, for messages ({@code method stopsLoop()})
     * @param global the parsed configuration parameters
     * @param registry the runtimes on the class path
     */
    static Resolution resolve(List<Declared> declared, String element, GlobalConfiguration global,
            RuntimeRegistry registry) {
        List<String> problems = new ArrayList<>(global.problems());
        for (Declared d : declared) {
            check(d, registry, problems);
        }
        if (!problems.isEmpty()) {
            return new Resolution(element, Optional.empty(), distinct(problems));
        }

        Map<NumericAttribute, Long> values = new EnumMap<>(NumericAttribute.class);
        for (NumericAttribute a : NumericAttribute.values()) {
            values.put(a, declared.stream().mapToLong(d -> a.accessor.applyAsLong(d.annotation()))
                    .filter(v -> v != WasmSandbox.UNSET).findFirst()
                    .orElseGet(() -> global.numbers().getOrDefault(a, a.builtInDefault)));
        }
        List<String> runtimes = declared.stream().map(d -> d.annotation().runtimes()).filter(r -> r.length > 0)
                .findFirst().map(Arrays::asList)
                .orElseGet(() -> global.runtimes().orElse(List.of(Sandboxes.DEFAULT_RUNTIME)));
        Isolation isolation = declared.stream().map(d -> d.annotation().isolation()).filter(i -> i.length == 1)
                .findFirst().map(i -> i[0])
                .orElseGet(() -> global.isolation().orElse(Isolation.IN_PROCESS));
        UnavailableRuntime unavailable = declared.stream().map(d -> d.annotation().unavailableRuntime())
                .filter(u -> u != UnavailableRuntime.UNSET).findFirst()
                .orElseGet(() -> global.unavailableRuntime().orElse(UnavailableRuntime.FAIL));

        SandboxLimits.Builder limits = SandboxLimits.builder()
                .epochTick(Duration.ofMillis(values.get(NumericAttribute.EPOCH_TICK)));
        imposed(values, NumericAttribute.FUEL).ifPresent(limits::fuel);
        imposed(values, NumericAttribute.MAX_MEMORY_PAGES).ifPresent(p -> limits.maxMemoryPages(p.intValue()));
        imposed(values, NumericAttribute.MAX_TABLE_ELEMENTS).ifPresent(e -> limits.maxTableElements(e.intValue()));
        imposed(values, NumericAttribute.MAX_STACK_BYTES).ifPresent(limits::maxStackBytes);
        imposed(values, NumericAttribute.MAX_CALL_DEPTH).ifPresent(d -> limits.maxCallDepth(d.intValue()));
        if (global.deadlineEnabled()) {
            Optional<Long> deadline = imposed(values, NumericAttribute.DEADLINE);
            Optional<Long> ceiling = imposed(values, NumericAttribute.HARD_CEILING);
            deadline.ifPresent(limits::deadlineMillis);
            ceiling.ifPresent(c -> limits.hardCeiling(Duration.ofMillis(c)));
            if (deadline.isPresent() && ceiling.isPresent() && ceiling.get() < deadline.get()) {
                problems.add("@WasmSandbox for " + element + ": hardCeilingMillis must be at least the deadline ("
                        + deadline.get() + " ms), but was " + ceiling.get());
            }
        } else {
            limits.hardCeiling(DISABLED_HARD_CEILING);
        }
        if (!problems.isEmpty()) {
            return new Resolution(element, Optional.empty(), problems);
        }
        try {
            return new Resolution(element, Optional.of(new SandboxConfiguration(runtimes, limits.build(), isolation,
                    unavailable)), List.of());
        } catch (IllegalArgumentException e) {
            // The checks above mirror SandboxLimits' own; this is the backstop if the two ever drift apart.
            return new Resolution(element, Optional.empty(), List.of("@WasmSandbox for " + element + ": "
                    + e.getMessage()));
        }
    }

    /** Checks every attribute of one annotation, whether or not a nearer one overrides it. */
    private static void check(Declared d, RuntimeRegistry registry, List<String> problems) {
        for (NumericAttribute a : NumericAttribute.values()) {
            long value = a.accessor.applyAsLong(d.annotation());
            if (value != WasmSandbox.UNSET) {
                String problem = a.checkAttribute(value);
                if (problem != null) {
                    problems.add(d.origin() + ": " + problem);
                }
            }
        }
        checkRuntimes(Arrays.asList(d.annotation().runtimes()), registry)
                .forEach(p -> problems.add(d.origin() + ": runtimes " + p));
        Isolation[] isolation = d.annotation().isolation();
        if (isolation.length > 1) {
            problems.add(d.origin() + ": isolation must name at most one value, but was " + Arrays.toString(isolation));
        }
    }

    /** What is wrong with a list of runtime names: unknown, blank or repeated names. */
    static List<String> checkRuntimes(List<String> names, RuntimeRegistry registry) {
        List<String> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String name : names) {
            if (!registry.names().contains(name)) {
                problems.add("must name known runtimes " + registry.names() + ", but was '" + name + "' (adapters are"
                        + " found with ServiceLoader: is the adapter's jar on the class path?)");
            } else if (seen.contains(name)) {
                problems.add("must be distinct, but '" + name + "' appears twice");
            }
            seen.add(name);
        }
        return problems;
    }

    /** Why a test on {@code runtime} cannot run here, as a message. */
    static String unavailable(String runtime, String reason) {
        return "runtime '" + runtime + "' is not available on this machine: " + reason;
    }

    private static Optional<Long> imposed(Map<NumericAttribute, Long> values, NumericAttribute a) {
        long v = values.get(a);
        return v == WasmSandbox.NONE ? Optional.empty() : Optional.of(v);
    }

    private static List<String> distinct(List<String> problems) {
        return List.copyOf(new LinkedHashSet<>(problems));
    }
}
