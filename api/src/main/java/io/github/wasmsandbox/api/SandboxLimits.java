package io.github.wasmsandbox.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;
import org.apiguardian.api.API;

/**
 * The limits a sandbox imposes on every guest run, as one immutable value. A limit that is empty is not
 * imposed, except the hard ceiling, which always has an effective value so that no run can hang.
 *
 * <pre>{@code
 * SandboxLimits limits = SandboxLimits.builder()
 *         .deadline(Duration.ofMillis(100))
 *         .maxMemoryPages(16)
 *         .build();
 * }</pre>
 *
 * @param fuel the fuel budget (operators executed), if metered
 * @param deadline the wall-clock time a guest may run before it is preempted
 * @param epochTick how often epoch-based runtimes (wasmtime) advance their epoch
 * @param maxMemoryPages the largest linear memory a guest may have, in 64 KiB pages
 * @param maxTableElements the largest table a guest may have, in elements
 * @param maxStackBytes the stack size of the guest's thread, which bounds its call depth on runtimes whose Wasm
 *     frames are JVM frames
 * @param maxCallDepth the deepest nesting of Wasm calls, counted by wasm-sandbox itself the same way on every
 *     runtime (the guest is stopped with {@code STACK_EXHAUSTED} when a call would nest deeper)
 * @param hardCeiling when the run is abandoned as {@code ESCAPED}; see {@link #effectiveHardCeiling()}
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record SandboxLimits(
        OptionalLong fuel,
        Optional<Duration> deadline,
        Duration epochTick,
        OptionalInt maxMemoryPages,
        OptionalInt maxTableElements,
        OptionalLong maxStackBytes,
        OptionalInt maxCallDepth,
        Optional<Duration> hardCeiling) {

    /** The default epoch tick: 1 ms. */
    public static final Duration DEFAULT_EPOCH_TICK = Duration.ofMillis(1);
    /** The hard ceiling is this many times the deadline unless set explicitly. */
    public static final int HARD_CEILING_DEADLINE_MULTIPLE = 5;
    /** The smallest derived hard ceiling, so that a short deadline still leaves a preempted guest time to stop. */
    public static final Duration MIN_DERIVED_HARD_CEILING = Duration.ofSeconds(2);
    /** The hard ceiling when neither it nor a deadline is set. */
    public static final Duration DEFAULT_HARD_CEILING = Duration.ofSeconds(30);
    /**
     * The CPU time a guest may use after the first stop request before the hard ceiling can call it escaped: a
     * runtime that honours the request stops within microseconds of guest CPU, whereas a guest still runnable at
     * the ceiling that has used less than this was starved by a loaded machine, and is waited for (up to ten
     * ceilings) instead of being called escaped.
     */
    public static final Duration ESCAPE_CPU = Duration.ofMillis(200);

    /** No limit but the default hard ceiling. */
    public static final SandboxLimits NONE = builder().build();

    /** Validates the limits; prefer {@link #builder()}. */
    public SandboxLimits {
        Objects.requireNonNull(fuel, "fuel");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(epochTick, "epochTick");
        Objects.requireNonNull(maxMemoryPages, "maxMemoryPages");
        Objects.requireNonNull(maxTableElements, "maxTableElements");
        Objects.requireNonNull(maxStackBytes, "maxStackBytes");
        Objects.requireNonNull(hardCeiling, "hardCeiling");
        fuel.ifPresent(SandboxLimits::requireValidFuel);
        deadline.ifPresent(d -> requirePositive("deadline", d));
        requirePositive("epochTick", epochTick);
        maxMemoryPages.ifPresent(SandboxLimits::requireValidMemoryPages);
        maxTableElements.ifPresent(SandboxLimits::requireValidTableElements);
        Objects.requireNonNull(maxCallDepth, "maxCallDepth");
        maxCallDepth.ifPresent(SandboxLimits::requireValidCallDepth);
        if (maxStackBytes.isPresent() && maxStackBytes.getAsLong() < 64 * 1024) {
            throw new IllegalArgumentException(
                    "maxStackBytes must be at least 65536, but was " + maxStackBytes.getAsLong());
        }
        hardCeiling.ifPresent(c -> requirePositive("hardCeiling", c));
        if (hardCeiling.isPresent() && deadline.isPresent() && hardCeiling.get().compareTo(deadline.get()) < 0) {
            throw new IllegalArgumentException("hardCeiling (" + hardCeiling.get().toMillis()
                    + " ms) must not be shorter than the deadline (" + deadline.get().toMillis() + " ms)");
        }
    }

    /**
     * The standard limits to run a catalog fixture under: the limit that should stop it, plus a deadline as a
     * backstop. DEADLINE fixtures get a 100 ms deadline; FUEL fixtures a budget of 1,000,000; MEMORY_CAP 16
     * pages; TABLE_CAP 1,000 elements; STACK the runtime's default stack; each of these and the benign
     * controls a 5 s backstop deadline. The limits of {@link GuestFixture#alsoLimitedBy()} are set too, at the
     * same values (a deadline among them is the 5 s backstop), STACK as a guest stack of
     * {@link #FIXTURE_STACK_BYTES}. The conformance runner and the catalog tests use
     * these.
     */
    public static SandboxLimits forFixture(GuestFixture fixture) {
        Builder b = builder();
        switch (fixture.stoppedBy()) {
            case DEADLINE -> b.deadline(FIXTURE_DEADLINE);
            case FUEL -> b.fuel(FIXTURE_FUEL).deadline(FIXTURE_BACKSTOP);
            case MEMORY_CAP -> b.maxMemoryPages(FIXTURE_MEMORY_PAGES).deadline(FIXTURE_BACKSTOP);
            case TABLE_CAP -> b.maxTableElements(FIXTURE_TABLE_ELEMENTS).deadline(FIXTURE_BACKSTOP);
            case STACK, CALL_DEPTH, NONE -> b.deadline(FIXTURE_BACKSTOP);
        }
        for (Limit also : fixture.alsoLimitedBy()) {
            switch (also) {
                case FUEL -> b.fuel(FIXTURE_FUEL);
                case MEMORY_CAP -> b.maxMemoryPages(FIXTURE_MEMORY_PAGES);
                case TABLE_CAP -> b.maxTableElements(FIXTURE_TABLE_ELEMENTS);
                case STACK -> b.maxStackBytes(FIXTURE_STACK_BYTES);
                case DEADLINE, CALL_DEPTH, NONE -> { }
            }
        }
        return b.build();
    }

    /** The deadline of DEADLINE fixtures in {@link #forFixture}. */
    public static final Duration FIXTURE_DEADLINE = Duration.ofMillis(100);
    /** The backstop deadline of the other fixtures in {@link #forFixture}. */
    public static final Duration FIXTURE_BACKSTOP = Duration.ofSeconds(5);
    /** The fuel budget of FUEL fixtures in {@link #forFixture}. */
    public static final long FIXTURE_FUEL = 1_000_000;
    /** The memory cap of MEMORY_CAP fixtures in {@link #forFixture}. */
    public static final int FIXTURE_MEMORY_PAGES = 16;
    /**
     * The guest stack of fixtures that list STACK in {@code alsoLimitedBy()} (256 KiB), in {@link #forFixture}: small,
     * so that a stack overflow comes long before any other limit instead of racing it.
     */
    public static final long FIXTURE_STACK_BYTES = 256 * 1024;
    /** The table cap of TABLE_CAP fixtures in {@link #forFixture}. */
    public static final int FIXTURE_TABLE_ELEMENTS = 1000;

    /** A builder with no limits set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these limits. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.fuel = fuel;
        b.deadline = deadline;
        b.epochTick = epochTick;
        b.maxMemoryPages = maxMemoryPages;
        b.maxTableElements = maxTableElements;
        b.maxStackBytes = maxStackBytes;
        b.maxCallDepth = maxCallDepth;
        b.hardCeiling = hardCeiling;
        return b;
    }

    /**
     * When a run is abandoned as {@code ESCAPED}: the explicit hard ceiling, else
     * {@value #HARD_CEILING_DEADLINE_MULTIPLE} times the deadline (at least {@link #MIN_DERIVED_HARD_CEILING}),
     * else {@link #DEFAULT_HARD_CEILING}.
     */
    public Duration effectiveHardCeiling() {
        if (hardCeiling.isPresent()) {
            return hardCeiling.get();
        }
        return deadline.map(d -> max(times(d, HARD_CEILING_DEADLINE_MULTIPLE), MIN_DERIVED_HARD_CEILING))
                .orElse(DEFAULT_HARD_CEILING);
    }

    /** {@code d} times {@code factor}, in nanoseconds when that cannot overflow. */
    private static Duration times(Duration d, int factor) {
        // Duration.multipliedBy goes through BigDecimal; every run asks for its hard ceiling.
        if (d.getSeconds() >= 0 && d.getSeconds() < Long.MAX_VALUE / 1_000_000_000L / factor - 1) {
            return Duration.ofNanos((d.getSeconds() * 1_000_000_000L + d.getNano()) * factor);
        }
        return d.multipliedBy(factor);
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        fuel.ifPresent(f -> j.add("fuel=" + f));
        deadline.ifPresent(d -> j.add("deadline=" + d.toMillis() + "ms"));
        if (!epochTick.equals(DEFAULT_EPOCH_TICK)) {
            j.add("epochTick=" + epochTick.toMillis() + "ms");
        }
        maxMemoryPages.ifPresent(p -> j.add("maxMemoryPages=" + p));
        maxTableElements.ifPresent(t -> j.add("maxTableElements=" + t));
        maxStackBytes.ifPresent(s -> j.add("maxStackBytes=" + s));
        maxCallDepth.ifPresent(d -> j.add("maxCallDepth=" + d));
        j.add("hardCeiling=" + effectiveHardCeiling().toMillis() + "ms");
        return j.toString();
    }

    /**
     * Checks a fuel budget: the one rule for every part of wasm-sandbox that takes one (the rewriter included).
     *
     * @throws IllegalArgumentException unless {@code fuel} is greater than 0
     */
    public static long requireValidFuel(long fuel) {
        if (fuel <= 0) {
            throw new IllegalArgumentException("fuel must be greater than 0, but was " + fuel);
        }
        return fuel;
    }

    /**
     * Checks a memory cap in 64 KiB pages (at most 65536, all of a 32-bit memory).
     *
     * @throws IllegalArgumentException unless {@code pages} is between 0 and 65536
     */
    public static int requireValidMemoryPages(int pages) {
        if (pages < 0 || pages > 65536) {
            throw new IllegalArgumentException("maxMemoryPages must be between 0 and 65536, but was " + pages);
        }
        return pages;
    }

    /**
     * Checks a table cap in elements.
     *
     * @throws IllegalArgumentException when {@code elements} is negative
     */
    public static int requireValidTableElements(int elements) {
        if (elements < 0) {
            throw new IllegalArgumentException("maxTableElements must be at least 0, but was " + elements);
        }
        return elements;
    }

    /**
     * Checks a call-depth limit.
     *
     * @throws IllegalArgumentException unless {@code depth} is between 1 and 10,000,000
     */
    public static int requireValidCallDepth(int depth) {
        if (depth < 1 || depth > 10_000_000) {
            throw new IllegalArgumentException("maxCallDepth must be between 1 and 10000000, but was " + depth);
        }
        return depth;
    }

    private static void requirePositive(String name, Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, but was " + d);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Builds {@link SandboxLimits}; every setter validates when {@link #build()} is called. */
    public static final class Builder {
        private OptionalLong fuel = OptionalLong.empty();
        private Optional<Duration> deadline = Optional.empty();
        private Duration epochTick = DEFAULT_EPOCH_TICK;
        private OptionalInt maxMemoryPages = OptionalInt.empty();
        private OptionalInt maxTableElements = OptionalInt.empty();
        private OptionalLong maxStackBytes = OptionalLong.empty();
        private OptionalInt maxCallDepth = OptionalInt.empty();
        private Optional<Duration> hardCeiling = Optional.empty();

        private Builder() {}

        /** Meters fuel: the guest may execute this many operators (default cost model). */
        public Builder fuel(long budget) {
            this.fuel = OptionalLong.of(budget);
            return this;
        }

        /** Turns fuel metering off. */
        public Builder noFuel() {
            this.fuel = OptionalLong.empty();
            return this;
        }

        /** Preempts the guest when it has run this long. */
        public Builder deadline(Duration deadline) {
            this.deadline = Optional.of(Objects.requireNonNull(deadline, "deadline"));
            return this;
        }

        /** Preempts the guest when it has run this many milliseconds. */
        public Builder deadlineMillis(long millis) {
            return deadline(Duration.ofMillis(millis));
        }

        /** Removes the deadline (the hard ceiling still applies). */
        public Builder noDeadline() {
            this.deadline = Optional.empty();
            return this;
        }

        /** Sets the epoch tick of epoch-based runtimes. */
        public Builder epochTick(Duration tick) {
            this.epochTick = Objects.requireNonNull(tick, "tick");
            return this;
        }

        /** Caps linear memory at this many 64 KiB pages. */
        public Builder maxMemoryPages(int pages) {
            this.maxMemoryPages = OptionalInt.of(pages);
            return this;
        }

        /** Caps every table at this many elements. */
        public Builder maxTableElements(int elements) {
            this.maxTableElements = OptionalInt.of(elements);
            return this;
        }

        /** Sets the guest thread's stack size in bytes. */
        public Builder maxStackBytes(long bytes) {
            this.maxStackBytes = OptionalLong.of(bytes);
            return this;
        }

        /** Stops the guest with {@code STACK_EXHAUSTED} when a Wasm call would nest deeper than {@code depth}. */
        public Builder maxCallDepth(int depth) {
            this.maxCallDepth = OptionalInt.of(depth);
            return this;
        }

        /** Removes the call-depth limit. */
        public Builder noMaxCallDepth() {
            this.maxCallDepth = OptionalInt.empty();
            return this;
        }

        /** Sets when a run that does not stop is abandoned as {@code ESCAPED}. */
        public Builder hardCeiling(Duration ceiling) {
            this.hardCeiling = Optional.of(Objects.requireNonNull(ceiling, "ceiling"));
            return this;
        }

        /** Validates and builds the limits. */
        public SandboxLimits build() {
            return new SandboxLimits(fuel, deadline, epochTick, maxMemoryPages, maxTableElements, maxStackBytes,
                    maxCallDepth, hardCeiling);
        }
    }
}
