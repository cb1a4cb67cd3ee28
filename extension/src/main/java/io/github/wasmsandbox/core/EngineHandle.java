package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.rewrite.LimitExceededException;
import io.github.wasmsandbox.rewrite.ModuleRewriteException;
import io.github.wasmsandbox.rewrite.ModuleRewriter;
import io.github.wasmsandbox.rewrite.RewriteOptions;
import io.github.wasmsandbox.spi.InvalidModuleException;
import io.github.wasmsandbox.spi.ModuleShape;
import io.github.wasmsandbox.spi.PreparedModule;
import io.github.wasmsandbox.spi.RuntimeEngine;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An open {@link RuntimeEngine} with its cache of prepared (and, when the core enforces a limit by rewriting,
 * rewritten) modules, keyed by the module's SHA-256 and the rewrite options, shared
 * by every sandbox over that engine, and its pool of guest threads ({@link GuestThreadPool}). Closing it stops and
 * joins the idle guest threads and closes the engine.
 */
final class EngineHandle implements AutoCloseable {

    private final SandboxRuntime runtime;
    private final RuntimeEngine engine;
    private final Map<String, Prepared> cache = new ConcurrentHashMap<>();
    /** Each module's shape, decoded once (empty when our decoder finds it malformed; the runtime then explains). */
    private final Map<String, Optional<ModuleShape>> shapes = new ConcurrentHashMap<>();
    private final GuestThreadPool guestThreads;
    private volatile boolean closed;

    private EngineHandle(SandboxRuntime runtime, RuntimeEngine engine) {
        this.runtime = runtime;
        this.engine = engine;
        this.guestThreads = new GuestThreadPool(runtime.name());
    }

    /** Opens the engine of {@code runtime}; fails with the runtime's reason when it is unavailable here. */
    static EngineHandle open(SandboxRuntime runtime) {
        EngineHandle handle = new EngineHandle(RuntimeRegistry.requireAvailable(runtime), runtime.openEngine());
        ColdStart.warm(handle);
        return handle;
    }

    /** The runtime adapter. */
    SandboxRuntime runtime() {
        return runtime;
    }

    /** The open engine. */
    RuntimeEngine engine() {
        return engine;
    }

    /** The engine's guest threads, reused across runs and stopped when the engine closes. */
    GuestThreadPool guestThreads() {
        return guestThreads;
    }

    /** Whether {@link #close()} was called. */
    boolean isClosed() {
        return closed;
    }

    /**
     * Prepares (or fetches from the cache) a module, rewritten first when {@code rewrite} is present. Keyed
     * by the module's SHA-256 and the rewrite options, so each module is rewritten and compiled once per
     * engine and set of options.
     */
    Prepared prepare(GuestModule module, Optional<RewriteOptions> rewrite) {
        String key = module.sha256() + rewrite.map(r -> "|" + r.fingerprint()).orElse("");
        return cache.computeIfAbsent(key, k -> {
            String reserved = shape(module).map(EngineHandle::reservedName).orElse(null);
            if (reserved != null) {
                return Prepared.failed(OutcomeKind.INVALID_MODULE, reserved);
            }
            return rewrite.isPresent() ? rewriteAndPrepare(module, rewrite.get()) : prepareOriginal(module);
        });
    }

    /** The largest frame of {@code module} in slots ({@link ModuleShape#largestFrame()}), 0 if it cannot be decoded. */
    long largestFrame(GuestModule module) {
        return shape(module).map(ModuleShape::largestFrame).orElse(0L);
    }

    private Optional<ModuleShape> shape(GuestModule module) {
        return shapes.computeIfAbsent(module.sha256(), k -> {
            try {
                return Optional.of(ModuleShape.decode(module.bytes()));
            } catch (InvalidModuleException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Why the module may not run: it exports or imports a name with the prefix wasm-sandbox reserves for what it
     * injects ({@value LimitPlan#RESERVED_PREFIX}), which could let a guest change what the sandbox does (for
     * example an export named like the deferred start function). {@code null} when there is none.
     */
    private static String reservedName(ModuleShape shape) {
        for (String name : shape.exportNames()) {
            if (name.startsWith(LimitPlan.RESERVED_PREFIX)) {
                return "the module exports \"" + name + "\", a name with the prefix \"" + LimitPlan.RESERVED_PREFIX
                        + "\" that wasm-sandbox reserves for what it injects; rename that export";
            }
        }
        for (String name : shape.importNames()) {
            int dot = name.indexOf('.');
            if (name.substring(0, dot).startsWith(LimitPlan.RESERVED_PREFIX) || name.substring(dot + 1).startsWith(LimitPlan.RESERVED_PREFIX)) {
                return "the module imports \"" + name + "\", a name with the prefix \"" + LimitPlan.RESERVED_PREFIX
                        + "\" that wasm-sandbox reserves for what it injects; rename that import";
            }
        }
        return null;
    }

    private Prepared prepareOriginal(GuestModule module) {
        try {
            return Prepared.ok(engine.prepare(module.bytes()));
        } catch (InvalidModuleException e) {
            return Prepared.failed(OutcomeKind.INVALID_MODULE, e.getMessage() + whereMalformed(module.bytes()));
        }
    }

    /**
     * Where wasm-sandbox's own decoder finds the module malformed (it names the byte offset, which runtimes
     * often do not), or nothing when it decodes the module.
     */
    private static String whereMalformed(byte[] wasm) {
        try {
            ModuleRewriter.rewrite(wasm, RewriteOptions.none());
            return "";
        } catch (ModuleRewriteException e) {
            return " (wasm-sandbox's decoder: " + e.getMessage() + ")";
        }
    }

    /**
     * Rewrites, then prepares. A failure is explained in terms of the user's module: when the rewriter refuses
     * it or the runtime rejects the rewritten bytes, the original is prepared to tell an invalid module (the
     * runtime's own message) from one the rewriter cannot handle.
     */
    private Prepared rewriteAndPrepare(GuestModule module, RewriteOptions options) {
        byte[] rewritten;
        try {
            rewritten = ModuleRewriter.rewrite(module.bytes(), options);
        } catch (LimitExceededException e) {
            return Prepared.failed(OutcomeKind.MEMORY_LIMIT, e.getMessage());
        } catch (ModuleRewriteException e) {
            Prepared original = prepareOriginal(module);
            if (original.module() == null) {
                return original;
            }
            return Prepared.failed(OutcomeKind.UNSUPPORTED, "the module cannot be rewritten to enforce "
                    + describe(options) + " on runtime '" + runtime.name() + "': " + e.getMessage()
                    + ". Run it without " + describe(options) + ", or on a runtime that enforces the limit natively (see docs/conformance.md).");
        }
        try {
            return Prepared.ok(engine.prepare(rewritten));
        } catch (InvalidModuleException e) {
            Prepared original = prepareOriginal(module);
            if (original.module() == null) {
                return original;
            }
            return Prepared.rejectedAfterRewriting("runtime '" + runtime.name() + "' rejected the module "
                    + "after rewriting (" + describe(options) + ") although it accepts the original: " + e.getMessage()
                    + ". This is a wasm-sandbox bug unless a limit you set made a function too large for the runtime's"
                    + " compiler; please report it with the module.");
        }
    }

    private static String describe(RewriteOptions options) {
        List<String> parts = new ArrayList<>();
        options.fuel().ifPresent(f -> parts.add("the fuel budget"));
        options.maxMemoryPages().ifPresent(p -> parts.add("the memory cap"));
        options.maxTableElements().ifPresent(e -> parts.add("the table cap"));
        options.maxCallDepth().ifPresent(d -> parts.add("the call depth limit"));
        if (parts.isEmpty()) {
            parts.add("the deferred start function this runtime needs");
        }
        return String.join(" and ", parts);
    }

    /** The number of distinct modules prepared so far (for tests of the cache). */
    int preparedModuleCount() {
        return cache.size();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            guestThreads.close();
            cache.clear();
            shapes.clear();
            engine.close();
        }
    }

    /**
     * A prepared module, or the outcome kind and message that explain why it could not be prepared.
     *
     * @param rejectedOnlyAfterRewriting whether the runtime accepts the original module but rejected the rewritten
     *     one (for example: a function the injected code made too large for one JVM method)
     */
    record Prepared(PreparedModule module, OutcomeKind failureKind, String failure, boolean rejectedOnlyAfterRewriting) {
        static Prepared ok(PreparedModule module) {
            return new Prepared(module, null, null, false);
        }

        static Prepared failed(OutcomeKind kind, String message) {
            return new Prepared(null, kind, message, false);
        }

        static Prepared rejectedAfterRewriting(String message) {
            return new Prepared(null, OutcomeKind.INVALID_MODULE, message, true);
        }
    }
}
