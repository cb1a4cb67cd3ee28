package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.api.Isolation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test a sandbox that is already configured with limits, and closes it (with its guest threads,
 * epoch tickers and native handles) after the test. Put it on a test class, a superclass, a test method, or
 * your own composed annotation.
 *
 * <p>Test methods then declare parameters of type {@link io.github.wasmsandbox.api.Sandbox} (a sandbox per
 * test), {@link io.github.wasmsandbox.api.SandboxLimits}, a {@link io.github.wasmsandbox.fixtures.HostileFixture}
 * annotated with {@link Fixture}, or a native type a runtime adapter offers (such as Chicory's
 * {@code ChicoryInstances}). A {@code @Test} runs on one runtime; a {@link SandboxTest} runs once per runtime in
 * {@link #runtimes()}.
 *
 * <pre>{@code
 * @WasmSandbox(deadlineMillis = 100, maxMemoryPages = 16)
 * class PluginLimitsTest {
 *     @Test
 *     void loopsArePreempted(Sandbox sandbox) {
 *         assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();   // passes
 *     }
 *     @Test
 *     @WasmSandbox(fuel = WasmSandbox.NONE, deadlineMillis = 20)   // no fuel here, even if wasm.sandbox.fuel is set
 *     void unmetered(Sandbox sandbox) { }
 *     @Test
 *     @WasmSandbox(fuel = -5)   // fails before it runs: "@WasmSandbox on method misconfigured(): fuel must be
 *     void misconfigured() { }  //   greater than 0, but was -5"
 * }
 * }</pre>
 *
 * <p><b>Precedence</b>, attribute by attribute (one is resolved once per class, nested class and method, and
 * kept in that element's own store): the method's annotation, then the test class's and its superclasses'
 * (nearest first), then the enclosing classes' of a {@code @Nested} class (each with its superclasses), then the
 * configuration parameter named by the constant beside the attribute (for example in
 * {@code junit-platform.properties}), then the built-in default. An attribute left at {@link #UNSET} (or empty)
 * is not set here; {@link #NONE} sets "no limit" and so overrides a limit set further down.
 *
 * <p><b>Validation</b> is eager: a class whose annotations or configuration parameters are wrong fails as a
 * container (before any of its tests, whether or not they take a sandbox), a method whose own annotation is
 * wrong fails before it runs, with an {@code ExtensionConfigurationException} listing every problem and where
 * it comes from. Unknown {@code wasm.sandbox.*} keys fail too (see {@code docs/examples.md} for what is checked).
 *
 * @since 0.1.0
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(WasmSandboxExtension.class)
@API(status = API.Status.STABLE, since = "0.1.0")
public @interface WasmSandbox {

    /** The value of a numeric attribute that is not set here (so it is taken from further down the precedence). */
    long UNSET = Long.MIN_VALUE;

    /**
     * The value of {@link #fuel()}, {@link #deadlineMillis()}, {@link #maxMemoryPages()},
     * {@link #maxTableElements()} or {@link #maxStackBytes()} that imposes no limit (no fuel metering, no deadline,
     * no cap, the runtime's default stack), even when an enclosing annotation or a configuration parameter sets
     * one. For {@link #hardCeilingMillis()} it means the derived ceiling. Any other negative value is an error.
     */
    long NONE = Long.MIN_VALUE + 1;

    /** Configuration parameter: comma-separated runtime names. Built-in default: {@code chicory-compiler}. */
    String RUNTIMES_PROPERTY = "wasm.sandbox.runtimes";
    /** Configuration parameter: the fuel budget, or {@code none}. Built-in default: none. */
    String FUEL_PROPERTY = "wasm.sandbox.fuel";
    /** Configuration parameter: the deadline in milliseconds, or {@code none}. Built-in default: 1000. */
    String DEADLINE_PROPERTY = "wasm.sandbox.deadline.ms";
    /** Configuration parameter: the epoch tick in milliseconds. Built-in default: 1. */
    String EPOCH_TICK_PROPERTY = "wasm.sandbox.epoch-tick.ms";
    /** Configuration parameter: the memory cap in pages, or {@code none}. Built-in default: 1024 (64 MiB). */
    String MAX_MEMORY_PAGES_PROPERTY = "wasm.sandbox.max-memory-pages";
    /** Configuration parameter: the table cap in elements, or {@code none}. Built-in default: 10000. */
    String MAX_TABLE_ELEMENTS_PROPERTY = "wasm.sandbox.max-table-elements";
    /**
     * Configuration parameter: the deepest nesting of Wasm calls, or {@code none} (the runtime's default: at most
     * 10000 on Chicory's and Endive's interpreters and compilers; none on wasmtime and GraalWasm, where the stack
     * bounds recursion).
     */
    String MAX_CALL_DEPTH_PROPERTY = "wasm.sandbox.max-call-depth";
    /** Configuration parameter: the guest thread stack in bytes, or {@code none} (the runtime's default). */
    String MAX_STACK_BYTES_PROPERTY = "wasm.sandbox.max-stack-bytes";
    /**
     * Configuration parameter: the hard ceiling in milliseconds, or {@code none}. Built-in default: 5 x the
     * deadline, at least 2 s.
     */
    String HARD_CEILING_PROPERTY = "wasm.sandbox.hard-ceiling.ms";
    /**
     * Configuration parameter: {@code enabled} (default), {@code disabled} (no deadline, a day-long hard
     * ceiling) or {@code disabled_on_debug} (disabled while a debugger agent is attached).
     */
    String DEADLINE_MODE_PROPERTY = "wasm.sandbox.deadline.mode";
    /**
     * Configuration parameter: {@code in-process} (default) or {@code process}: where guests run (see
     * {@link Isolation}).
     */
    String ISOLATION_PROPERTY = "wasm.sandbox.isolation";
    /**
     * Configuration parameter: {@code fail} (default) or {@code skip}: what happens to a test whose runtime is
     * registered but cannot run on this machine (see {@link UnavailableRuntime}).
     */
    String UNAVAILABLE_RUNTIME_PROPERTY = "wasm.sandbox.unavailable-runtime";

    /** The runtimes to run on; a {@link SandboxTest} runs once per runtime. */
    String[] runtimes() default {};

    /** The fuel budget (operators executed): greater than 0, or {@link #NONE} for no metering. */
    long fuel() default UNSET;

    /** The deadline in milliseconds: greater than 0, or {@link #NONE} for no deadline (the hard ceiling stays). */
    long deadlineMillis() default UNSET;

    /**
     * The epoch tick of epoch-based runtimes in milliseconds; must be greater than 0. It is engine-wide: elements
     * with different ticks get different engines.
     */
    long epochTickMillis() default UNSET;

    /** The memory cap in 64 KiB pages, 0 to 65536, or {@link #NONE} for no cap. */
    long maxMemoryPages() default UNSET;

    /** The table cap in elements, at least 0, or {@link #NONE} for no cap. */
    long maxTableElements() default UNSET;

    /** The guest thread's stack size in bytes, at least 65536, or {@link #NONE} for the runtime's default. */
    long maxStackBytes() default UNSET;

    /**
     * The deepest nesting of Wasm calls, 1 to 10,000,000, counted by wasm-sandbox in the module itself so that the
     * same module stops at the same depth (STACK_EXHAUSTED) on every runtime; {@link #NONE} for the runtime's
     * default.
     */
    long maxCallDepth() default UNSET;

    /**
     * When a guest that does not stop is abandoned as ESCAPED, in milliseconds; not below the deadline.
     * {@link #NONE} means the derived ceiling (5 x the deadline, at least 2 s).
     */
    long hardCeilingMillis() default UNSET;

    /**
     * Where guests run: at most one value; empty means "not set here". With {@link Isolation#PROCESS} the test
     * class shares one child JVM, started on first use, replaced when a guest cannot be stopped in it, stopped
     * after the class.
     */
    Isolation[] isolation() default {};

    /**
     * What happens when a runtime in force is registered but cannot run on this machine (for example
     * {@code wasmtime} without its native library): {@link UnavailableRuntime#UNSET} (the default) takes the
     * configuration parameter {@link #UNAVAILABLE_RUNTIME_PROPERTY}, else {@link UnavailableRuntime#FAIL}.
     */
    UnavailableRuntime unavailableRuntime() default UnavailableRuntime.UNSET;
}
