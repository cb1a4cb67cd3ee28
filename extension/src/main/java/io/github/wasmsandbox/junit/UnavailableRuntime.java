package io.github.wasmsandbox.junit;

import org.apiguardian.api.API;

/**
 * What {@link WasmSandbox} does with a test whose runtime is registered (its adapter is on the class path) but
 * cannot run on this machine, for example {@code wasmtime} when its native library does not load. A runtime
 * name that no adapter has is always a configuration error, never skipped.
 *
 * <pre>{@code
 * // skipped on a machine without wasmtime, run (and checked) on the others
 * @WasmSandbox(runtimes = "wasmtime", unavailableRuntime = UnavailableRuntime.SKIP)
 * class WasmtimeOnlyTest { ... }
 *
 * // fails on a machine without wasmtime: "runtime 'wasmtime' is not available on this machine: wasmtime-java
 * // is not on the class path; add the dependency io.github.kawamuray.wasmtime:wasmtime-java:0.19.0 ..."
 * @WasmSandbox(runtimes = "wasmtime")
 * class MustRunOnWasmtimeTest { ... }
 * }</pre>
 *
 * <p>The same choice for the whole run: {@code wasm.sandbox.unavailable-runtime = skip} (or {@code fail}) in
 * {@code junit-platform.properties}. To skip on a runtime without configuring a sandbox, use
 * {@link EnabledIfRuntimeAvailable}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum UnavailableRuntime {

    /** Not set here: the enclosing annotation's choice, else the configuration parameter, else {@link #FAIL}. */
    UNSET,

    /** The test (or class) fails, naming the runtime, why it cannot run here and what to add. The default. */
    FAIL,

    /** The test (or class) is skipped, with the runtime's reason as the skip reason. */
    SKIP
}
