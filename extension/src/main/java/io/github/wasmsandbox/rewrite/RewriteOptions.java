package io.github.wasmsandbox.rewrite;

import io.github.wasmsandbox.api.SandboxLimits;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * What {@link ModuleRewriter} should do to a module. Immutable; build with {@link #builder()}.
 * {@link #none()} asks for nothing: the module is re-emitted unchanged.
 *
 * <pre>{@code
 * RewriteOptions options = RewriteOptions.builder()
 *         .fuel(1_000_000)
 *         .maxMemoryPages(16)
 *         .maxTableElements(1_000)
 *         .build();
 * }</pre>
 *
 * @param fuel the fuel budget, if fuel metering is wanted (must be {@code >= 0})
 * @param costModel the cost model used when metering fuel
 * @param maxMemoryPages the cap on every defined memory, in 64 KiB pages, if any
 * @param maxTableElements the cap on every defined table, in elements, if any
 * @param startExport when present, the start function is removed from the start section and exported under
 *     this name instead, so that the host can instantiate first (and read the fuel global even when the start
 *     function traps), then call it
 * @param memoryExport when present, memory 0 (if the module has a memory) is also exported under this name, so
 *     that a host whose API reads only exported memories can see its size
 * @param recordGrowDenials whether every {@code memory.grow} and {@code table.grow} goes through an injected
 *     function that sets the {@value Evidence#GROW_DENIED_EXPORT} global when the growth is refused, so that a
 *     host knows that the sandbox's cap, not the guest, stopped it
 * @param maxCallDepth when present, an injected counter of nested calls traps the guest when a call would nest
 *     deeper, the same way on every runtime ({@value Evidence#CALL_DEPTH_EXPORT})
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RewriteOptions(
        OptionalLong fuel, CostModel costModel, OptionalInt maxMemoryPages, OptionalInt maxTableElements,
        Optional<String> startExport, Optional<String> memoryExport, boolean recordGrowDenials,
        OptionalInt maxCallDepth) {

    /** The largest page count a 32-bit memory may declare. */
    public static final int MAX_MEMORY32_PAGES = 65_536;

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException when a value is negative or a memory cap exceeds 65536 pages
     */
    public RewriteOptions {
        Objects.requireNonNull(fuel, "fuel");
        Objects.requireNonNull(costModel, "costModel");
        Objects.requireNonNull(maxMemoryPages, "maxMemoryPages");
        Objects.requireNonNull(maxTableElements, "maxTableElements");
        Objects.requireNonNull(startExport, "startExport");
        Objects.requireNonNull(memoryExport, "memoryExport");
        Objects.requireNonNull(maxCallDepth, "maxCallDepth");
        maxCallDepth.ifPresent(SandboxLimits::requireValidCallDepth);
        if (startExport.isPresent() && (startExport.get().isEmpty()
                || startExport.get().equals(FuelMetering.GLOBAL_EXPORT_NAME))) {
            throw new IllegalArgumentException("startExport must be a non-empty name other than \""
                    + FuelMetering.GLOBAL_EXPORT_NAME + "\", but was \"" + startExport.get() + "\"");
        }
        fuel.ifPresent(SandboxLimits::requireValidFuel);
        maxMemoryPages.ifPresent(SandboxLimits::requireValidMemoryPages);
        maxTableElements.ifPresent(SandboxLimits::requireValidTableElements);
    }

    /**
     * No rewriting at all.
     *
     * @return options that change nothing
     */
    public static RewriteOptions none() {
        return builder().build();
    }

    /**
     * A new builder with nothing requested and the {@link CostModel#WASMTIME} cost model.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A stable text form of every option, for cache keys: equal options give equal fingerprints.
     *
     * @return the fingerprint
     */
    public String fingerprint() {
        return "fuel=" + (fuel.isPresent() ? Long.toString(fuel.getAsLong()) : "-")
                + ";cost=" + costModel.fingerprint()
                + ";mem=" + (maxMemoryPages.isPresent() ? Integer.toString(maxMemoryPages.getAsInt()) : "-")
                + ";table=" + (maxTableElements.isPresent() ? Integer.toString(maxTableElements.getAsInt()) : "-")
                + ";start=" + startExport.map(n -> "export:" + n).orElse("-")
                + ";memory=" + memoryExport.map(n -> "export:" + n).orElse("-")
                + ";grow-denials=" + recordGrowDenials
                + ";depth=" + (maxCallDepth.isPresent() ? Integer.toString(maxCallDepth.getAsInt()) : "-");
    }

    /**
     * Builds {@link RewriteOptions}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private OptionalLong fuel = OptionalLong.empty();
        private CostModel costModel = CostModel.WASMTIME;
        private OptionalInt maxMemoryPages = OptionalInt.empty();
        private OptionalInt maxTableElements = OptionalInt.empty();
        private Optional<String> startExport = Optional.empty();
        private Optional<String> memoryExport = Optional.empty();
        private boolean recordGrowDenials;
        private OptionalInt maxCallDepth = OptionalInt.empty();

        private Builder() {}

        /**
         * Routes every {@code memory.grow} and {@code table.grow} through an injected function that records a
         * refused growth in the {@value Evidence#GROW_DENIED_EXPORT} global.
         *
         * @return this builder
         */
        public Builder recordGrowDenials() {
            this.recordGrowDenials = true;
            return this;
        }

        /**
         * Counts nested calls in the {@value Evidence#CALL_DEPTH_EXPORT} global and traps a call that would nest
         * deeper than {@code depth}.
         *
         * @param depth the deepest nesting allowed (the export the host calls is at depth 0)
         * @return this builder
         */
        public Builder maxCallDepth(int depth) {
            this.maxCallDepth = OptionalInt.of(depth);
            return this;
        }

        /**
         * Turns fuel metering on.
         *
         * @param budget the initial value of the {@link FuelMetering#GLOBAL_EXPORT_NAME} global
         * @return this builder
         */
        public Builder fuel(long budget) {
            this.fuel = OptionalLong.of(budget);
            return this;
        }

        /**
         * Sets the cost model (default {@link CostModel#WASMTIME}).
         *
         * @param model the model
         * @return this builder
         */
        public Builder costModel(CostModel model) {
            this.costModel = Objects.requireNonNull(model, "costModel");
            return this;
        }

        /**
         * Caps every memory the module defines (imported memories are left alone).
         *
         * @param pages the largest maximum, in 64 KiB pages
         * @return this builder
         */
        public Builder maxMemoryPages(int pages) {
            this.maxMemoryPages = OptionalInt.of(pages);
            return this;
        }

        /**
         * Caps every table the module defines (imported tables are left alone).
         *
         * @param elements the largest maximum, in elements
         * @return this builder
         */
        public Builder maxTableElements(int elements) {
            this.maxTableElements = OptionalInt.of(elements);
            return this;
        }

        /**
         * Moves the start function, if the module has one, out of the start section into an export named
         * {@code name}. The module then runs no code when instantiated; the host calls that export itself.
         *
         * @param name the export name; must not clash with an existing export
         * @return this builder
         */
        public Builder exportStartAs(String name) {
            this.startExport = Optional.of(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Also exports memory 0, if the module has a memory, under {@code name}.
         *
         * @param name the export name; must not clash with an existing export
         * @return this builder
         */
        public Builder exportMemoryAs(String name) {
            this.memoryExport = Optional.of(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the immutable options
         * @throws IllegalArgumentException when a value is out of range
         */
        public RewriteOptions build() {
            return new RewriteOptions(fuel, costModel, maxMemoryPages, maxTableElements, startExport, memoryExport,
                    recordGrowDenials, maxCallDepth);
        }
    }
}
