package io.github.wasmsandbox.junit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds {@code wasm.sandbox.*} keys that the extension does not know. Jupiter lets an extension read a
 * configuration parameter by name but not list them (the launcher's key set is not exposed, on 5.10 or 6.x), so
 * this looks where it can: every {@code junit-platform.properties} on the class path (each unknown
 * {@code wasm.sandbox.*} key there is an error), and the system properties, which the JVM shares with build
 * tools and the project's own code, so only a key that looks like a misspelling of a known one (same letters
 * apart from case and separators, a truncation, or at most two edits away) is an error there. Parameters
 * passed to the launcher directly (Surefire's {@code configurationParameters}, the {@code EngineTestKit}, an
 * IDE) cannot be listed and are not checked.
 */
final class ConfigurationKeys {

    static final String PREFIX = "wasm.sandbox.";
    static final String PROPERTIES_FILE = "junit-platform.properties";

    /** The keys the extension reads, sorted. */
    static final List<String> KNOWN = Stream.of(WasmSandbox.RUNTIMES_PROPERTY, WasmSandbox.FUEL_PROPERTY,
            WasmSandbox.DEADLINE_PROPERTY, WasmSandbox.EPOCH_TICK_PROPERTY, WasmSandbox.MAX_MEMORY_PAGES_PROPERTY,
            WasmSandbox.MAX_TABLE_ELEMENTS_PROPERTY, WasmSandbox.MAX_CALL_DEPTH_PROPERTY, WasmSandbox.MAX_STACK_BYTES_PROPERTY,
            WasmSandbox.HARD_CEILING_PROPERTY, WasmSandbox.DEADLINE_MODE_PROPERTY, WasmSandbox.ISOLATION_PROPERTY,
            WasmSandbox.UNAVAILABLE_RUNTIME_PROPERTY).sorted().toList();

    private ConfigurationKeys() {}

    /** The unknown keys in the class path's {@code junit-platform.properties} files and the system properties. */
    static List<String> problems(ClassLoader loader, Properties systemProperties) {
        List<String> problems = new ArrayList<>();
        for (URL file : propertiesFiles(loader)) {
            Properties p = new Properties();
            try (InputStream in = file.openStream()) {
                p.load(in);
            } catch (IOException e) {
                problems.add(PROPERTIES_FILE + " at " + file + " cannot be read: " + e);
                continue;
            }
            p.stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX) && !KNOWN.contains(k)).sorted()
                    .forEach(k -> problems.add("configuration parameter " + k + " (in " + file + "): unknown key"
                            + suggestion(k) + "; known keys: " + KNOWN));
        }
        systemProperties.stringPropertyNames().stream()
                .filter(k -> k.startsWith(PREFIX) && !KNOWN.contains(k) && nearestKnown(k) != null).sorted()
                .forEach(k -> problems.add("configuration parameter " + k + " (a system property): unknown key"
                        + suggestion(k) + "; known keys: " + KNOWN));
        return problems;
    }

    private static List<URL> propertiesFiles(ClassLoader loader) {
        try {
            return Collections.list(loader.getResources(PROPERTIES_FILE));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String suggestion(String key) {
        String near = nearestKnown(key);
        return near == null ? "" : " (did you mean " + near + "?)";
    }

    /** The known key {@code key} is most likely a misspelling of, or null. */
    static String nearestKnown(String key) {
        String typed = normalize(key);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : KNOWN) {
            String k = normalize(known);
            int d = typed.equals(k) || (typed.length() >= 4 && k.startsWith(typed)) ? 0 : distance(typed, k);
            if (d <= 2 && d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return best;
    }

    private static String normalize(String key) {
        return key.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
