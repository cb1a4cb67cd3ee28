package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.api.Isolation;
import io.github.wasmsandbox.core.RuntimeRegistry;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code wasm.sandbox.*} configuration parameters of one test run, parsed and checked once (the extension
 * keeps it in the root store), with every problem found, so that each element reports them all at once.
 *
 * @param numbers the numeric parameters that are set: a number, or {@link WasmSandbox#NONE}
 * @param runtimes the runtimes parameter, if set (and valid)
 * @param isolation the isolation parameter, if set (and valid)
 * @param deadlineEnabled false when {@code deadline.mode} turns deadlines off (always, or under a debugger)
 * @param unavailableRuntime the unavailable-runtime parameter, if set (and valid)
 * @param problems what is wrong, each naming its parameter
 */
record GlobalConfiguration(Map<NumericAttribute, Long> numbers, Optional<List<String>> runtimes,
        Optional<Isolation> isolation, boolean deadlineEnabled, Optional<UnavailableRuntime> unavailableRuntime,
        List<String> problems) {

    GlobalConfiguration {
        numbers = Map.copyOf(numbers);
        problems = List.copyOf(problems);
    }

    /**
     * Reads every known parameter through {@code parameters} (JUnit's {@code getConfigurationParameter}) and
     * looks for unknown {@code wasm.sandbox.*} keys where it can see them (see {@link ConfigurationKeys}).
     */
    static GlobalConfiguration parse(Function<String, Optional<String>> parameters, RuntimeRegistry registry,
            List<String> unknownKeyProblems) {
        List<String> problems = new ArrayList<>();
        Map<NumericAttribute, Long> numbers = new EnumMap<>(NumericAttribute.class);
        for (NumericAttribute a : NumericAttribute.values()) {
            parameters.apply(a.property).map(String::trim).ifPresent(text -> {
                String problem = a.checkParameter(text);
                if (problem != null) {
                    problems.add(parameter(a.property) + problem);
                } else {
                    numbers.put(a, NumericAttribute.parse(text));
                }
            });
        }

        Optional<List<String>> runtimes = parameters.apply(WasmSandbox.RUNTIMES_PROPERTY).map(v -> Arrays
                .stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        if (runtimes.isPresent()) {
            List<String> runtimeProblems = ConfigurationResolver.checkRuntimes(runtimes.get(), registry);
            if (runtimes.get().isEmpty()) {
                runtimeProblems = List.of("names no runtime; name at least one of " + registry.names());
            }
            runtimeProblems.forEach(p -> problems.add(parameter(WasmSandbox.RUNTIMES_PROPERTY) + p));
            if (!runtimeProblems.isEmpty()) {
                runtimes = Optional.empty();
            }
        }

        Optional<Isolation> isolation = Optional.empty();
        Optional<String> isolationText = parameters.apply(WasmSandbox.ISOLATION_PROPERTY);
        if (isolationText.isPresent()) {
            try {
                isolation = Optional.of(Isolation.fromConfigName(isolationText.get()));
            } catch (IllegalArgumentException e) {
                problems.add(parameter(WasmSandbox.ISOLATION_PROPERTY) + e.getMessage());
            }
        }

        boolean deadlineEnabled = true;
        Optional<String> mode = parameters.apply(WasmSandbox.DEADLINE_MODE_PROPERTY)
                .map(v -> v.trim().toLowerCase(Locale.ROOT));
        if (mode.isPresent()) {
            switch (mode.get()) {
                case "enabled" -> deadlineEnabled = true;
                case "disabled" -> deadlineEnabled = false;
                case "disabled_on_debug" -> deadlineEnabled = !debuggerAttached();
                default -> problems.add(parameter(WasmSandbox.DEADLINE_MODE_PROPERTY) + "must be one of enabled, "
                        + "disabled, disabled_on_debug, but was '" + mode.get() + "'");
            }
        }

        Optional<UnavailableRuntime> unavailable = Optional.empty();
        Optional<String> unavailableText = parameters.apply(WasmSandbox.UNAVAILABLE_RUNTIME_PROPERTY)
                .map(v -> v.trim().toLowerCase(Locale.ROOT));
        if (unavailableText.isPresent()) {
            switch (unavailableText.get()) {
                case "fail" -> unavailable = Optional.of(UnavailableRuntime.FAIL);
                case "skip" -> unavailable = Optional.of(UnavailableRuntime.SKIP);
                default -> problems.add(parameter(WasmSandbox.UNAVAILABLE_RUNTIME_PROPERTY) + "must be fail or skip, "
                        + "but was '" + unavailableText.get() + "'");
            }
        }
        problems.addAll(unknownKeyProblems);
        return new GlobalConfiguration(numbers, runtimes, isolation, deadlineEnabled, unavailable, problems);
    }

    private static String parameter(String key) {
        return "configuration parameter " + key + ": ";
    }

    /** Whether a JDWP agent was given to this JVM (what {@code disabled_on_debug} looks at). */
    static boolean debuggerAttached() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(arg -> arg.startsWith("-agentlib:jdwp") || arg.startsWith("-Xrunjdwp"));
    }
}
