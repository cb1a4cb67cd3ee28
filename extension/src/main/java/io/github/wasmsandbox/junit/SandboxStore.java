package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.api.Isolation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.core.SandboxEngine;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.isolation.ChildHost;
import io.github.wasmsandbox.junit.ConfigurationResolver.Declared;
import io.github.wasmsandbox.junit.ConfigurationResolver.Resolution;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Where {@code @WasmSandbox} keeps its state, all of it in JUnit's {@link Store}:
 * <ul>
 *   <li>the parsed configuration parameters and the runtime registry: once per run, in the root store;
 *   <li>the resolved configuration: once per element (class, nested class, method, template invocation), in that
 *       element's own store under a key that names the element, so that a lookup never finds a parent's (a
 *       template invocation, and a method that declares no {@code @WasmSandbox}, copy their parent's instead of
 *       walking the same annotations again);
 *   <li>the open engines: in the test class's store, keyed by runtime and epoch tick (the engine-wide settings),
 *       so a {@code @Nested} class or a method with another tick gets its own engine and one with the same
 *       settings shares its enclosing class's (compiled modules are cached per engine);
 *   <li>the sandboxes: in the store of the element that asked (per test, or per class when injected into a
 *       {@code @BeforeAll} method or a constructor), keyed by runtime and configuration, so a class's sandbox is
 *       shared only with the tests whose configuration is the same.
 * </ul>
 * JUnit closes every value when its context ends.
 */
final class SandboxStore {

    static final Namespace NAMESPACE = Namespace.create(WasmSandboxExtension.class);
    private static final String GLOBAL = "configuration-parameters";
    private static final String REGISTRY = "registry";
    private static final String CHILD = "child";

    private SandboxStore() {}

    /** The key of an element's state: the element's unique id, never a parent's. */
    private record StateKey(String uniqueId) {}

    /**
     * What is decided once per element, before it runs.
     *
     * @param resolution its configuration, or every problem
     * @param sandboxTest whether it is a {@code @SandboxTest} method or one of its invocations
     */
    private record ElementState(Resolution resolution, boolean sandboxTest) {}

    /** The key of an engine: what is engine-wide. */
    private record EngineKey(String runtime, Duration epochTick) {}

    /** The key of a sandbox: its runtime and everything it is configured with. */
    private record SandboxKey(String runtime, SandboxLimits limits, Isolation isolation) {}

    /**
     * The resolution of {@code context}'s own element: computed on first use (by the execution condition or the
     * before-callback, before anything runs) and put into the element's store.
     */
    static Resolution resolution(ExtensionContext context) {
        return state(context).resolution();
    }

    /** Whether {@code context}'s element is a {@code @SandboxTest} method or one of its invocations. */
    static boolean isSandboxTest(ExtensionContext context) {
        return context.getTestMethod().isPresent() && state(context).sandboxTest();
    }

    private static ElementState state(ExtensionContext context) {
        Store store = context.getStore(NAMESPACE);
        StateKey key = new StateKey(context.getUniqueId());
        ElementState state = store.get(key, ElementState.class);
        if (state == null) {
            // One element's conditions, callbacks and parameters are handled on one thread, one after another.
            state = inherited(context).orElseGet(() -> new ElementState(ConfigurationResolver.resolve(
                    declared(context), element(context), global(context), registry(context)),
                    context.getTestMethod().map(SandboxStore::isSandboxTestMethod).orElse(false)));
            store.put(key, state);
        }
        return state;
    }

    /**
     * The state of a method element that declares nothing of its own, taken from its parent instead of resolved
     * again: a template invocation has exactly its method's annotations in force (same method, same classes), and
     * a method without {@code @WasmSandbox} exactly its class's. A class's resolution is reused only when it is
     * valid (a problem names the element it was found for). Per element, not a cache: the parent is the element's
     * own, so no test can get another element's limits.
     */
    private static Optional<ElementState> inherited(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        Optional<ExtensionContext> parent = context.getParent();
        if (method.isEmpty() || parent.isEmpty() || parent.get().getTestClass().isEmpty()
                || !parent.get().getTestClass().equals(context.getTestClass())) {
            return Optional.empty();
        }
        Optional<Method> parentMethod = parent.get().getTestMethod();
        if (parentMethod.isPresent()) {
            return parentMethod.equals(method) ? Optional.of(state(parent.get())) : Optional.empty();
        }
        if (AnnotationSupport.findAnnotation(method.get(), WasmSandbox.class).isPresent()) {
            return Optional.empty();
        }
        return resolution(parent.get()).configuration().map(c -> new ElementState(
                new Resolution(element(context), Optional.of(c), List.of()), isSandboxTestMethod(method.get())));
    }

    private static boolean isSandboxTestMethod(Method method) {
        return AnnotationSupport.isAnnotated(method, SandboxTest.class);
    }

    /** The valid configuration of {@code context}'s element, or every problem as an exception. */
    static SandboxConfiguration configuration(ExtensionContext context) {
        return resolution(context).orThrow();
    }

    /** The sandbox on {@code runtime} for {@code context}: opened on first use, closed when the context ends. */
    @SuppressWarnings("deprecation")
    static Sandbox sandbox(ExtensionContext context, String runtime) {
        SandboxConfiguration configuration = configuration(context);
        SandboxLimits limits = configuration.limits();
        RuntimeRegistry registry = registry(context);
        try {
            registry.require(runtime);
        } catch (IllegalStateException e) {
            throw new ExtensionConfigurationException(element(context) + ": " + e.getMessage(), e);
        }
        SandboxKey key = new SandboxKey(runtime, limits, configuration.isolation());
        if (configuration.isolation() == Isolation.PROCESS) {
            ChildResource child = child(context);
            return context.getStore(NAMESPACE).getOrComputeIfAbsent(key,
                    k -> new SandboxResource(child.host().sandbox(runtime, limits, outcome -> publish(context, outcome))),
                    SandboxResource.class).sandbox();
        }
        // The engine is stored before the sandbox, so that it is closed after it.
        SandboxEngine engine = engine(context, runtime, limits.epochTick());
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(key,
                k -> new SandboxResource(engine.sandbox(limits, outcome -> publish(context, outcome))),
                SandboxResource.class).sandbox();
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

    /** The engine for {@code runtime} and {@code epochTick}: the enclosing classes' if one has it, else a new one. */
    @SuppressWarnings("deprecation")
    private static SandboxEngine engine(ExtensionContext context, String runtime, Duration epochTick) {
        RuntimeRegistry registry = registry(context);
        return classContext(context).getStore(NAMESPACE).getOrComputeIfAbsent(new EngineKey(runtime, epochTick),
                k -> new EngineResource(Sandboxes.openEngine(registry.require(runtime))), EngineResource.class)
                .engine();
    }

    /** The runtimes found with the service loader, once per test run (kept in the root store). */
    @SuppressWarnings("deprecation")
    static RuntimeRegistry registry(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(REGISTRY, k -> RuntimeRegistry.discover(), RuntimeRegistry.class);
    }

    /** The configuration parameters, parsed and checked once per test run (kept in the root store). */
    @SuppressWarnings("deprecation")
    static GlobalConfiguration global(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        RuntimeRegistry registry = registry(context);
        return root.getStore(NAMESPACE).getOrComputeIfAbsent(GLOBAL, k -> GlobalConfiguration.parse(
                root::getConfigurationParameter, registry,
                ConfigurationKeys.problems(classLoader(), System.getProperties())), GlobalConfiguration.class);
    }

    private static ClassLoader classLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : SandboxStore.class.getClassLoader();
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

    /** Nanoseconds as milliseconds with three decimals, rounded half up ({@code 1234567} is {@code 1.235}). */
    static String ms(long nanos) {
        // Formatter costs as much as the rest of the report entry; this gives the same text as "%.3f".
        if (nanos < 0) {
            return "-" + ms(-nanos);
        }
        long micros = Math.floorDiv(nanos + 500, 1000);
        String fraction = Long.toString(Math.floorMod(micros, 1000));
        return Math.floorDiv(micros, 1000) + "." + "000".substring(fraction.length()) + fraction;
    }

    /**
     * The annotations in force for {@code context}'s element, nearest first: the method's; then the test class's
     * and each of its superclasses'; then, for a {@code @Nested} class, each enclosing class's (the class JUnit
     * runs it in) with its superclasses. Composed annotations count (AnnotationSupport finds meta-annotations).
     */
    static List<Declared> declared(ExtensionContext context) {
        List<Declared> declared = new ArrayList<>();
        context.getTestMethod().flatMap(m -> AnnotationSupport.findAnnotation(m, WasmSandbox.class))
                .ifPresent(a -> declared.add(new Declared(a, "@WasmSandbox on " + describe(context.getTestMethod().get()))));
        List<Class<?>> classes = new ArrayList<>();
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            c.getTestClass().filter(k -> !classes.contains(k)).ifPresent(classes::add);
        }
        for (Class<?> testClass : classes) {
            for (Class<?> k = testClass; k != null && k != Object.class; k = k.getSuperclass()) {
                Optional<WasmSandbox> own = AnnotationSupport.findAnnotation(k, WasmSandbox.class);
                Optional<WasmSandbox> inherited = k.getSuperclass() == null ? Optional.empty()
                        : AnnotationSupport.findAnnotation(k.getSuperclass(), WasmSandbox.class);
                // @Inherited hands a superclass's annotation to its subclasses: count it once, at the superclass.
                if (own.isPresent() && (inherited.isEmpty() || own.get() != inherited.get())) {
                    declared.add(new Declared(own.get(), "@WasmSandbox on class " + k.getSimpleName()));
                }
            }
        }
        return declared;
    }

    static String element(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        if (method.isPresent()) {
            return describe(method.get());
        }
        return context.getTestClass().map(c -> "class " + c.getSimpleName()).orElse(context.getDisplayName());
    }

    private static String describe(Method method) {
        return "method " + method.getName() + "()";
    }

    /** One open engine; closing it closes the runtime's engine (its sandboxes are closed first). */
    @SuppressWarnings("deprecation")
    record EngineResource(SandboxEngine engine) implements AutoCloseable, Store.CloseableResource {
        @Override
        public void close() {
            engine.close();
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

    /** One element's sandbox; closing it stops its guests (the engine or child stays with the class). */
    @SuppressWarnings("deprecation")
    record SandboxResource(Sandbox sandbox) implements AutoCloseable, Store.CloseableResource {
        @Override
        public void close() {
            sandbox.close();
        }
    }
}
