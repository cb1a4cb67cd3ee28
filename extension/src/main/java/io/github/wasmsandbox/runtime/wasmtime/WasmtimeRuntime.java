package io.github.wasmsandbox.runtime.wasmtime;

import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.spi.GuestFrames;
import io.github.wasmsandbox.spi.KnownDeviation;
import io.github.wasmsandbox.spi.RuntimeEngine;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code wasmtime}: Wasmtime 7 through wasmtime-java 0.19 (a JNI binding; linux, macOS and Windows x86_64,
 * linux and macOS aarch64). Guests are compiled to native code; the deadline is enforced by epoch interruption
 * (one ticker thread per engine), the stack by Wasmtime's {@code maxWasmStack}. wasmtime-java has no fuel API and
 * no store limits, so fuel and memory/table caps are enforced by the sandbox core, which rewrites the module.
 *
 * <p>The dependency {@code io.github.kawamuray.wasmtime:wasmtime-java:0.19.0} is optional: without it on the
 * class path this runtime reports itself unavailable, and nothing of it is loaded. See {@code docs/wasmtime.md}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class WasmtimeRuntime implements SandboxRuntime {

    /** The runtime's name. */
    public static final String NAME = "wasmtime";

    private static final Set<Limit> ENFORCED = EnumSet.of(Limit.DEADLINE, Limit.STACK);

    /** The service-loader constructor. */
    public WasmtimeRuntime() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> unavailableReason() {
        try {
            Class.forName("io.github.kawamuray.wasmtime.Engine", false, WasmtimeRuntime.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.of("wasmtime-java is not on the class path; add the dependency "
                    + "io.github.kawamuray.wasmtime:wasmtime-java:0.19.0");
        }
        return NativeLibrary.loadFailure();
    }

    @Override
    public Set<Limit> enforcedLimits() {
        return ENFORCED;
    }

    @Override
    public GuestFrames guestFrames() {
        return GuestFrames.WASMTIME_JAVA;
    }

    @Override
    public RuntimeEngine openEngine() {
        unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException("runtime 'wasmtime' is not available: " + reason);
        });
        return new WasmtimeEngine();
    }

    @Override
    public List<KnownDeviation> knownDeviations() {
        return WasmtimeDeviations.DEVIATIONS;
    }

    /** wasmtime-java 0.19 reports a trap in a start function without its trap code: the core defers it. */
    @Override
    public boolean deferStartFunction() {
        return true;
    }
}
