package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.api.Isolation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.core.SandboxEngine;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.isolation.ChildHost;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Where {@code @WasmSandbox} keeps its state, all of it in JUnit's {@link Store}: the resolved configuration
 * (per test), the open engines (per test class: compiled modules are shared by the class's tests, epoch
 * tickers live as long as the class) and the sandboxes (per test, or per class when injected into a
 * {@code @BeforeAll} method). JUnit closes every value when its context ends.
 */
final class SandboxStore {

    static final Namespace NAMESPACE = Namespace.create(WasmSandboxExtension.class);
    private static final String CONFIGURATION = "configuration";
    private static final String ENGINES = "engines";
    private static final String REGISTRY = "registry";
    private static final String CHILD = "child";

    private SandboxStore() {}

    /** The configuration in force for {@code context}, resolved once per context. */
    @SuppressWarnings("deprecation")
    static SandboxConfiguration configuration(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(CONFIGURATION,
                k -> ConfigurationResolver.resolve(annotations(context), element(context), context,
                        registry(context).available().stream().map(r -> r.name()).toList()),
                SandboxConfiguration.class);
    }

    /** The sandbox on {@code runtime} for {@code context}: opened on first use, closed when the context ends. */
    @SuppressWarnings("deprecation")
    static Sandbox sandbox(ExtensionContext context, String runtime) {
        SandboxConfiguration configuration = configuration(context);
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(NAMESPACE.append("sandbox", runtime).toString(), k -> {
            if (configuration.isolation() == Isolation.PROCESS) {
                registry(context).require(runtime);
                return new SandboxResource(child(context).host().sandbox(runtime, configuration.limits(),
                        outcome -> publish(context, outcome)));
            }
            SandboxEngine engine = engines(context).get(runtime);
            return new SandboxResource(engine.sandbox(configuration.limits(), outcome -> publish(context, outcome)));
        }, SandboxResource.class).sandbox();
    }

    /** The only runtime of a plain {@code @Test}; several are a misuse. */
    static String singleRuntime(ExtensionContext context) {
        List<String> runtimes = configuration(context).runtimes();
        if (runtimes.size() != 1) {
            throw new ExtensionConfigurationException("@WasmSandbox declares " + runtimes.size() + " runtimes "
                    + runtimes + " for " + element(context) + ", which runs once: annotate it with @SandboxTest "
                    + "instead of @Test to run it once per runtime");
        }
        return runtimes.get(0);
    }

    /** The test class's child JVM for process isolation, stopped with the class. */
    @SuppressWarnings("deprecation")
    private static ChildResource child(ExtensionContext context) {
        return classContext(context).getStore(NAMESPACE)
                .getOrComputeIfAbsent(CHILD, k -> new ChildResource(Sandboxes.openProcessHost()), ChildResource.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext;
    }

    @SuppressWarnings("deprecation")
    private static Engines engines(ExtensionContext context) {
        RuntimeRegistry registry = registry(context);
        return classContext(context).getStore(NAMESPACE)
                .getOrComputeIfAbsent(ENGINES, k -> new Engines(registry), Engines.class);
    }

    /** The runtimes found with the service loader, once per test run (kept in the root store). */
    @SuppressWarnings("deprecation")
    static RuntimeRegistry registry(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(REGISTRY, k -> RuntimeRegistry.discover(), RuntimeRegistry.class);
    }

    private static void publish(ExtensionContext context, Outcome outcome) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("wasm.sandbox.runtime", outcome.runtime());
        entry.put("wasm.sandbox.outcome", outcome.kind().name());
        entry.put("wasm.sandbox.elapsedMs", ms(outcome.elapsed().toNanos()));
        outcome.latency().ifPresent(l -> entry.put("wasm.sandbox.latencyMs", ms(l.toNanos())));
        outcome.fuelConsumed().ifPresent(f -> entry.put("wasm.sandbox.fuelConsumed", Long.toString(f)));
        context.publishReportEntry(entry);
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f", nanos / 1e6);
    }

    /** The annotations in force, nearest first: method, class, superclasses (via @Inherited), enclosing classes. */
    private static List<WasmSandbox> annotations(ExtensionContext context) {
        List<AnnotatedElement> elements = new ArrayList<>();
        context.getTestMethod().ifPresent(elements::add);
        for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
            elements.add(c);
        }
        return ConfigurationResolver.annotations(elements,
                e -> AnnotationSupport.findAnnotation(e, WasmSandbox.class));
    }

    private static String element(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        if (method.isPresent()) {
            return "method " + method.get().getName() + "()";
        }
        return context.getTestClass().map(c -> "class " + c.getSimpleName()).orElse(context.getDisplayName());
    }

    /** The engines of one test class, by runtime; closes them all with the class. */
    @SuppressWarnings("deprecation")
    static final class Engines implements AutoCloseable, Store.CloseableResource {
        private final RuntimeRegistry registry;
        private final Map<String, SandboxEngine> open = new ConcurrentHashMap<>();

        Engines(RuntimeRegistry registry) {
            this.registry = registry;
        }

        SandboxEngine get(String runtime) {
            return open.computeIfAbsent(runtime, name -> Sandboxes.openEngine(registry.require(name)));
        }

        @Override
        public void close() {
            RuntimeException failure = null;
            for (SandboxEngine engine : open.values()) {
                try {
                    engine.close();
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            open.clear();
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** A test class's child JVM (process isolation); closing it stops the child. */
    @SuppressWarnings("deprecation")
    record ChildResource(ChildHost host) implements AutoCloseable, Store.CloseableResource {
        @Override
        public void close() {
            host.close();
        }
    }

    /** One test's sandbox; closing it stops its guests (the engine or child stays with the class). */
    @SuppressWarnings("deprecation")
    record SandboxResource(Sandbox sandbox) implements AutoCloseable, Store.CloseableResource {
        @Override
        public void close() {
            sandbox.close();
        }
    }
}
