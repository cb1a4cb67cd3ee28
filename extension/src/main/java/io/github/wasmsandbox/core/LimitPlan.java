package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.rewrite.Evidence;
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
 * the core by rewriting the module (fuel, call depth, memory and table caps are portable), or nobody (then the
 * run is {@code UNSUPPORTED}). The one place where {@link SandboxLimits} become {@link RewriteOptions}.
 *
 * <p>Caps are always also applied by rewriting, even on a runtime that enforces them natively, because the
 * rewritten module records a refused growth ({@link Evidence#GROW_DENIED_EXPORT}): that record, not the size the
 * memory happens to have when the guest traps, is what makes an outcome {@code MEMORY_LIMIT}.
 */
final class LimitPlan {

    /** Limits the core can enforce on any runtime by rewriting the module. */
    static final Set<Limit> PORTABLE = EnumSet.of(Limit.FUEL, Limit.MEMORY_CAP, Limit.TABLE_CAP, Limit.CALL_DEPTH);
    /** The export a rewritten module's start function moves to, so that the fuel global can be read even if it traps. */
    static final String START_EXPORT = "wasm_sandbox_start";
    /** The 8-byte slots of Wasm locals a default call depth lets one run keep on the JVM heap (64 MiB). */
    static final long FRAME_SLOT_BUDGET = 8L * 1024 * 1024;
    /** What a frame costs beyond its locals, in slots (operand stack and bookkeeping), for the budget above. */
    static final long FRAME_OVERHEAD_SLOTS = 16;
    /** The prefix of every name the core adds to a module; hidden from users' error messages. */
    static final String RESERVED_PREFIX = "wasm_sandbox_";

    private final Optional<Limit> unsupported;
    private final Optional<RewriteOptions> rewrite;
    private final SandboxLimits limits;

    private LimitPlan(Optional<Limit> unsupported, Optional<RewriteOptions> rewrite, SandboxLimits limits) {
        this.unsupported = unsupported;
        this.rewrite = rewrite;
        this.limits = limits;
    }

    /** The limits in force for the run (the user's, with the runtime's default call depth filled in). */
    SandboxLimits limits() {
        return limits;
    }

    /** The runtime's default depth, lowered so that {@code largestFrame}-slot frames stay within the budget. */
    static int defaultCallDepth(int runtimeDefault, long largestFrame) {
        long fits = FRAME_SLOT_BUDGET / (largestFrame + FRAME_OVERHEAD_SLOTS);
        return (int) Math.max(1, Math.min(runtimeDefault, fits));
    }

    static LimitPlan of(SandboxLimits limits, Set<Limit> enforcedNatively, boolean deferStartFunction) {
        List<Limit> requested = requested(limits);
        Optional<Limit> unsupported = requested.stream()
                .filter(l -> !enforcedNatively.contains(l) && !PORTABLE.contains(l))
                .findFirst();
        List<Limit> byRewriting = requested.stream()
                .filter(l -> PORTABLE.contains(l) && (l != Limit.FUEL || !enforcedNatively.contains(l)))
                .toList();
        if (byRewriting.isEmpty() && !deferStartFunction) {
            return new LimitPlan(unsupported, Optional.empty(), limits);
        }
        RewriteOptions.Builder options = RewriteOptions.builder().exportStartAs(START_EXPORT);
        if (byRewriting.contains(Limit.FUEL)) {
            options.fuel(limits.fuel().getAsLong());
        }
        if (byRewriting.contains(Limit.MEMORY_CAP)) {
            options.maxMemoryPages(limits.maxMemoryPages().getAsInt());
        }
        if (byRewriting.contains(Limit.TABLE_CAP)) {
            options.maxTableElements(limits.maxTableElements().getAsInt());
        }
        if (byRewriting.contains(Limit.MEMORY_CAP) || byRewriting.contains(Limit.TABLE_CAP)) {
            options.recordGrowDenials();
        }
        if (byRewriting.contains(Limit.CALL_DEPTH)) {
            options.maxCallDepth(limits.maxCallDepth().getAsInt());
        }
        return new LimitPlan(unsupported, Optional.of(options.build()), limits);
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
        if (limits.maxCallDepth().isPresent()) {
            requested.add(Limit.CALL_DEPTH);
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

    /** What the adapter must report at the end of the run: every evidence global the rewriter injected. */
    Set<String> watchedGlobals() {
        if (rewrite.isEmpty()) {
            return Set.of();
        }
        Set<String> globals = new java.util.HashSet<>();
        if (rewrite.get().fuel().isPresent()) {
            globals.add(FuelMetering.GLOBAL_EXPORT_NAME);
        }
        if (rewrite.get().recordGrowDenials()) {
            globals.add(Evidence.GROW_DENIED_EXPORT);
        }
        if (rewrite.get().maxCallDepth().isPresent()) {
            globals.add(Evidence.CALL_DEPTH_EXPORT);
        }
        return Set.copyOf(globals);
    }

    /** Where the start function went, when the module was rewritten and had one. */
    Optional<String> deferredStartExport(PreparedModule prepared) {
        return rewrite.isPresent() && prepared.exportedFunctions().containsKey(START_EXPORT)
                ? Optional.of(START_EXPORT) : Optional.empty();
    }
}
