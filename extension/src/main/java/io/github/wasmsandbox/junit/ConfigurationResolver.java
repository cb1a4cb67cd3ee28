package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.api.Isolation;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import java.lang.management.ManagementFactory;
import java.lang.reflect.AnnotatedElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Resolves a {@link SandboxConfiguration}: explicit attribute, else enclosing annotations (method, class,
 * enclosing classes), else configuration parameter, else built-in default. Validates everything before any
 * side effect, with messages that name the annotation, the attribute, the value and the element.
 */
final class ConfigurationResolver {

    static final long DEFAULT_DEADLINE_MILLIS = 1000;
    static final long DEFAULT_MAX_MEMORY_PAGES = 1024;
    static final long DEFAULT_MAX_TABLE_ELEMENTS = 10_000;
    static final Duration DISABLED_HARD_CEILING = Duration.ofDays(1);

    private ConfigurationResolver() {}

    /**
     * The configuration of {@code context}'s test method or class.
     *
     * @param annotations the {@code @WasmSandbox} annotations in force, nearest first
     * @param element what the annotations sit on, for messages ({@code method stopsLoop()})
     * @param available the names of the runtimes available here
     */
    static SandboxConfiguration resolve(List<WasmSandbox> annotations, String element, ExtensionContext context,
            List<String> available) {
        List<String> runtimes = runtimes(annotations, element, context, available);
        long fuel = number(annotations, WasmSandbox::fuel, "fuel", 1, Long.MAX_VALUE, "greater than 0", element,
                context, WasmSandbox.FUEL_PROPERTY, WasmSandbox.UNSET);
        long deadline = number(annotations, WasmSandbox::deadlineMillis, "deadlineMillis", 1, Long.MAX_VALUE,
                "greater than 0", element, context, WasmSandbox.DEADLINE_PROPERTY, DEFAULT_DEADLINE_MILLIS);
        long tick = number(annotations, WasmSandbox::epochTickMillis, "epochTickMillis", 1, Long.MAX_VALUE,
                "greater than 0", element, context, WasmSandbox.EPOCH_TICK_PROPERTY,
                SandboxLimits.DEFAULT_EPOCH_TICK.toMillis());
        long pages = number(annotations, WasmSandbox::maxMemoryPages, "maxMemoryPages", 0, 65536,
                "between 0 and 65536", element, context, WasmSandbox.MAX_MEMORY_PAGES_PROPERTY, DEFAULT_MAX_MEMORY_PAGES);
        long elements = number(annotations, WasmSandbox::maxTableElements, "maxTableElements", 0, Integer.MAX_VALUE,
                "between 0 and " + Integer.MAX_VALUE, element, context, WasmSandbox.MAX_TABLE_ELEMENTS_PROPERTY,
                DEFAULT_MAX_TABLE_ELEMENTS);
        long stack = number(annotations, WasmSandbox::maxStackBytes, "maxStackBytes", 65536, Long.MAX_VALUE,
                "at least 65536", element, context, WasmSandbox.MAX_STACK_BYTES_PROPERTY, WasmSandbox.UNSET);
        long ceiling = number(annotations, WasmSandbox::hardCeilingMillis, "hardCeilingMillis", 1, Long.MAX_VALUE,
                "greater than 0", element, context, WasmSandbox.HARD_CEILING_PROPERTY, WasmSandbox.UNSET);

        SandboxLimits.Builder limits = SandboxLimits.builder().epochTick(Duration.ofMillis(tick));
        if (fuel != WasmSandbox.UNSET) {
            limits.fuel(fuel);
        }
        if (pages != WasmSandbox.UNSET) {
            limits.maxMemoryPages((int) pages);
        }
        if (elements != WasmSandbox.UNSET) {
            limits.maxTableElements((int) elements);
        }
        if (stack != WasmSandbox.UNSET) {
            limits.maxStackBytes(stack);
        }
        if (deadlineEnabled(context)) {
            if (deadline != WasmSandbox.UNSET) {
                limits.deadlineMillis(deadline);
            }
            if (ceiling != WasmSandbox.UNSET) {
                if (deadline != WasmSandbox.UNSET && ceiling < deadline) {
                    throw misuse("`hardCeilingMillis` be at least the deadline (" + deadline + ")", ceiling, element);
                }
                limits.hardCeiling(Duration.ofMillis(ceiling));
            }
        } else {
            limits.hardCeiling(DISABLED_HARD_CEILING);
        }
        return new SandboxConfiguration(runtimes, limits.build(), isolation(annotations, element, context));
    }

    private static Isolation isolation(List<WasmSandbox> annotations, String element, ExtensionContext context) {
        for (WasmSandbox annotation : annotations) {
            if (annotation.isolation().length > 1) {
                throw new ExtensionConfigurationException("@WasmSandbox requires that `isolation` name at most one "
                        + "value, but was " + Arrays.toString(annotation.isolation()) + " [" + element + "]");
            }
            if (annotation.isolation().length == 1) {
                return annotation.isolation()[0];
            }
        }
        String configured = context.getConfigurationParameter(WasmSandbox.ISOLATION_PROPERTY).orElse("in-process");
        try {
            return Isolation.fromConfigName(configured);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("configuration parameter " + WasmSandbox.ISOLATION_PROPERTY
                    + ": " + e.getMessage(), e);
        }
    }

    private static List<String> runtimes(List<WasmSandbox> annotations, String element, ExtensionContext context,
            List<String> known) {
        List<String> names = annotations.stream()
                .map(a -> a.runtimes())
                .filter(r -> r.length > 0)
                .findFirst()
                .map(Arrays::asList)
                .orElseGet(() -> context.getConfigurationParameter(WasmSandbox.RUNTIMES_PROPERTY)
                        .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                        .orElse(List.of(Sandboxes.DEFAULT_RUNTIME)));
        List<String> result = new ArrayList<>();
        for (String name : names) {
            if (!known.contains(name)) {
                throw new ExtensionConfigurationException("@WasmSandbox requires that `runtimes` name available "
                        + "runtimes " + known + ", but was '" + name + "' [" + element + "]");
            }
            if (result.contains(name)) {
                throw new ExtensionConfigurationException("@WasmSandbox requires that `runtimes` be distinct, but '"
                        + name + "' appears twice [" + element + "]");
            }
            result.add(name);
        }
        if (result.isEmpty()) {
            throw new ExtensionConfigurationException("@WasmSandbox requires at least one runtime, but "
                    + WasmSandbox.RUNTIMES_PROPERTY + " names none [" + element + "]");
        }
        return result;
    }

    private static long number(List<WasmSandbox> annotations, ToLongFunction<WasmSandbox> attribute, String name,
            long min, long max, String rule, String element, ExtensionContext context, String property,
            long builtInDefault) {
        for (WasmSandbox annotation : annotations) {
            long value = attribute.applyAsLong(annotation);
            if (value != WasmSandbox.UNSET) {
                if (value < min || value > max) {
                    throw misuse("`" + name + "` be " + rule, value, element);
                }
                return value;
            }
        }
        Optional<String> configured = context.getConfigurationParameter(property);
        if (configured.isEmpty()) {
            return builtInDefault;
        }
        String text = configured.get().trim();
        if (text.equalsIgnoreCase("none")) {
            return WasmSandbox.UNSET;
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ExtensionConfigurationException("configuration parameter " + property + " must be a number or "
                    + "'none', but was '" + text + "'", e);
        }
        if (value < min || value > max) {
            throw new ExtensionConfigurationException("configuration parameter " + property + " must be " + rule
                    + ", but was " + value);
        }
        return value;
    }

    private static boolean deadlineEnabled(ExtensionContext context) {
        String mode = context.getConfigurationParameter(WasmSandbox.DEADLINE_MODE_PROPERTY)
                .map(v -> v.trim().toLowerCase(Locale.ROOT)).orElse("enabled");
        return switch (mode) {
            case "enabled" -> true;
            case "disabled" -> false;
            case "disabled_on_debug" -> !debuggerAttached();
            default -> throw new ExtensionConfigurationException("configuration parameter "
                    + WasmSandbox.DEADLINE_MODE_PROPERTY + " must be one of enabled, disabled, disabled_on_debug, but was '"
                    + mode + "'");
        };
    }

    private static boolean debuggerAttached() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(arg -> arg.startsWith("-agentlib:jdwp") || arg.startsWith("-Xrunjdwp"));
    }

    private static ExtensionConfigurationException misuse(String requirement, long value, String element) {
        return new ExtensionConfigurationException("@WasmSandbox requires that " + requirement + ", but was " + value
                + " [" + element + "]");
    }

    /** The annotations in force for an element and its enclosing classes, nearest first. */
    static List<WasmSandbox> annotations(List<AnnotatedElement> nearestFirst,
            Function<AnnotatedElement, Optional<WasmSandbox>> finder) {
        List<WasmSandbox> found = new ArrayList<>();
        for (AnnotatedElement e : nearestFirst) {
            finder.apply(e).ifPresent(found::add);
        }
        return found;
    }
}
