package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.rewrite.FuelMetering;
import io.github.wasmsandbox.rewrite.RewriteOptions;
import io.github.wasmsandbox.spi.PreparedModule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, for one runtime and one set of limits, who enforces each requested limit: the runtime natively,
 * the core by rewriting the module (fuel, memory and table caps are portable), or nobody (then the run is
 * {@code UNSUPPORTED}). The one place where {@link SandboxLimits} become {@link RewriteOptions}.
 */
final class LimitPlan {

    /** Limits the core can enforce on any runtime by rewriting the module. */
    static final Set<Limit> PORTABLE = EnumSet.of(Limit.FUEL, Limit.MEMORY_CAP, Limit.TABLE_CAP);
    /** The export a rewritten module's start function moves to, so that the fuel global can be read even if it traps. */
    static final String START_EXPORT = "wasm_sandbox_start";
    /** The export memory 0 gets when the core caps memory by rewriting. */
    static final String MEMORY_EXPORT = "wasm_sandbox_memory";
    /** The prefix of every name the core adds to a module; hidden from users' error messages. */
    static final String RESERVED_PREFIX = "wasm_sandbox_";

    private final Optional<Limit> unsupported;
    private final Optional<RewriteOptions> rewrite;

    private LimitPlan(Optional<Limit> unsupported, Optional<RewriteOptions> rewrite) {
        this.unsupported = unsupported;
        this.rewrite = rewrite;
    }

    static LimitPlan of(SandboxLimits limits, Set<Limit> enforcedNatively) {
        List<Limit> requested = requested(limits);
        Optional<Limit> unsupported = requested.stream()
                .filter(l -> !enforcedNatively.contains(l) && !PORTABLE.contains(l))
                .findFirst();
        List<Limit> byRewriting = requested.stream()
                .filter(l -> !enforcedNatively.contains(l) && PORTABLE.contains(l))
                .toList();
        if (byRewriting.isEmpty()) {
            return new LimitPlan(unsupported, Optional.empty());
        }
        RewriteOptions.Builder options = RewriteOptions.builder().exportStartAs(START_EXPORT);
        if (byRewriting.contains(Limit.FUEL)) {
            options.fuel(limits.fuel().getAsLong());
        }
        if (byRewriting.contains(Limit.MEMORY_CAP)) {
            options.maxMemoryPages(limits.maxMemoryPages().getAsInt()).exportMemoryAs(MEMORY_EXPORT);
        }
        if (byRewriting.contains(Limit.TABLE_CAP)) {
            options.maxTableElements(limits.maxTableElements().getAsInt());
        }
        return new LimitPlan(unsupported, Optional.of(options.build()));
    }

    private static List<Limit> requested(SandboxLimits limits) {
        List<Limit> requested = new ArrayList<>();
        if (limits.deadline().isPresent()) {
            requested.add(Limit.DEADLINE);
        }
        if (limits.fuel().isPresent()) {
            requested.add(Limit.FUEL);
        }
        if (limits.maxMemoryPages().isPresent()) {
            requested.add(Limit.MEMORY_CAP);
        }
        if (limits.maxTableElements().isPresent()) {
            requested.add(Limit.TABLE_CAP);
        }
        if (limits.maxStackBytes().isPresent()) {
            requested.add(Limit.STACK);
        }
        return requested;
    }

    /** The first requested limit that neither the runtime nor the core can enforce. */
    Optional<Limit> unsupported() {
        return unsupported;
    }

    /** How to rewrite the module, when the core enforces some limit by rewriting. */
    Optional<RewriteOptions> rewrite() {
        return rewrite;
    }

    /** Whether the core meters fuel through the injected global. */
    boolean injectsFuel() {
        return rewrite.isPresent() && rewrite.get().fuel().isPresent();
    }

    /** What the adapter must report at the end of the run. */
    Set<String> watchedGlobals() {
        return injectsFuel() ? Set.of(FuelMetering.GLOBAL_EXPORT_NAME) : Set.of();
    }

    /** Where memory 0 is exported, when the core capped memory by rewriting and the module has a memory. */
    Optional<String> memoryExport(PreparedModule prepared) {
        return rewrite.isPresent() && rewrite.get().memoryExport().isPresent() && !prepared.memoryMinimums().isEmpty()
                ? rewrite.get().memoryExport() : Optional.empty();
    }

    /** Where the start function went, when the module was rewritten and had one. */
    Optional<String> deferredStartExport(PreparedModule prepared) {
        return rewrite.isPresent() && prepared.exportedFunctions().containsKey(START_EXPORT)
                ? Optional.of(START_EXPORT) : Optional.empty();
    }
}
