package io.github.wasmsandbox.runtime.graalwasm;

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
 * {@code graalwasm}: GraalWasm 25 on Truffle (the community, UPL-licensed {@code org.graalvm.polyglot:polyglot},
 * {@code org.graalvm.wasm:wasm-language} and {@code org.graalvm.truffle:truffle-runtime}). One polyglot engine per
 * {@link RuntimeEngine}, one context per run; the deadline is enforced by {@code Context.interrupt} (and
 * {@code Context.close(true)} if that does not stop the guest), guest stack overflow is reported by GraalWasm as
 * "call stack exhausted". Fuel and memory/table caps are enforced by the sandbox core, which rewrites the module.
 *
 * <p>GraalWasm 25 needs JDK 21 or later at run time (it calls JDK 21 methods while parsing a module): on an
 * older JVM this runtime reports itself unavailable. On a stock JDK Truffle runs guests in its fallback
 * (interpreter-only) runtime; a GraalVM JDK gives the optimizing one. See {@code docs/graalwasm.md}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class GraalWasmRuntime implements SandboxRuntime {

    /** The runtime's name. */
    public static final String NAME = "graalwasm";

    /** The oldest JDK feature release GraalWasm 25 runs on. */
    static final int MIN_JDK = 21;

    private static final Set<Limit> ENFORCED = EnumSet.of(Limit.DEADLINE, Limit.STACK);

    /** The service-loader constructor. */
    public GraalWasmRuntime() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> unavailableReason() {
        int feature = Runtime.version().feature();
        if (feature < MIN_JDK) {
            return Optional.of("GraalWasm 25 needs JDK " + MIN_JDK + " or later, this JVM is " + Runtime.version()
                    + " (" + System.getProperty("java.home") + "); run on a newer JDK (see docs/graalwasm.md)");
        }
        ClassLoader loader = GraalWasmRuntime.class.getClassLoader();
        for (String[] required : new String[][] {
                {"org.graalvm.polyglot.Engine", "org.graalvm.polyglot:polyglot"},
                {"org.graalvm.wasm.WasmLanguage", "org.graalvm.wasm:wasm-language"}}) {
            try {
                Class.forName(required[0], false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.of("GraalWasm is not on the class path: " + required[0] + " is missing; add the "
                        + "dependency " + required[1] + " (or depend on io.github.wasmsandbox:"
                        + "wasm-sandbox-runtime-graalwasm, which brings it)");
            }
        }
        return Optional.empty();
    }

    @Override
    public Set<Limit> enforcedLimits() {
        return ENFORCED;
    }

    @Override
    public RuntimeEngine openEngine() {
        unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException("runtime 'graalwasm' is not available: " + reason);
        });
        return new GraalWasmEngine();
    }

    @Override
    public GuestFrames guestFrames() {
        return GuestFrames.GRAALWASM;
    }

    @Override
    public List<KnownDeviation> knownDeviations() {
        return GraalWasmDeviations.ALL;
    }
}
