package io.github.wasmsandbox.hardening;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.isolation.ChildHost;
import io.github.wasmsandbox.testing.ProcessStats;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a guest can take of the JVM outside Wasm linear memory (frames on the heap, GC-proposal objects), measured
 * as the peak resident memory of a child JVM that runs only that guest (process isolation, its heap bounded by
 * {@code -Xmx512m}, the default of {@code wasm.sandbox.child.max-heap}). The documented bound: the child's heap
 * plus {@value #NON_HEAP_ALLOWANCE_MIB} MiB for everything else a JVM has (metaspace, code cache, thread stacks).
 */
@Tag("hardening")
@DisplayName("Guest memory outside linear memory stays bounded")
class GuestMemoryBoundTest {

    private static final long CHILD_HEAP_MIB = 512;
    private static final long NON_HEAP_ALLOWANCE_MIB = 512;
    private static final long BOUND_KIB = (CHILD_HEAP_MIB + NON_HEAP_ALLOWANCE_MIB) * 1024;

    /** Runs {@code invocation} in a fresh child JVM; returns its outcome and the child's peak resident memory. */
    private record Measured(Outcome outcome, long peakKiB) {}

    private static Measured inChild(String runtime, SandboxLimits limits, Invocation invocation) throws Exception {
        try (ChildHost host = Sandboxes.openProcessHost()) {
            Sandbox sandbox = host.sandbox(runtime, limits, o -> { });
            Outcome outcome = sandbox.run(invocation);
            long pid = host.childPid().orElseThrow(() -> new AssertionError("the child died: " + outcome));
            long peak = ProcessStats.peakResidentKiB(pid);
            System.out.printf("%s on %s in a child JVM: %s, peak resident %d MiB (bound %d MiB)%n",
                    invocation.module().name(), runtime, outcome.kind(), peak / 1024, BOUND_KIB / 1024);
            return new Measured(outcome, peak);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicory-interpreter", "chicory-compiler", "endive-interpreter", "endive-compiler"})
    @DisplayName("a recursion of large frames stops at its default call depth, far below the bound")
    void largeFrameRecursion(String runtime) throws Exception {
        Measured m = inChild(runtime, SandboxLimits.NONE, Invocation.of(HostileFixture.RECURSION_LARGE_FRAMES));
        assertThat(m.outcome()).hasKind(OutcomeKind.STACK_EXHAUSTED);
        assertThat(m.peakKiB()).as("peak resident KiB of the child").isPositive().isLessThan(BOUND_KIB);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicory-interpreter", "endive-interpreter"})
    @DisplayName("a recursion allowed to go deeper than the heap holds is HEAP_EXHAUSTED, within the bound")
    void heapBombByFrames(String runtime) throws Exception {
        String locals = " i64".repeat(20_000);
        GuestModule module = GuestModule.ofWat("frame-heap-bomb.wat", "(module (func $r (local" + locals
                + ") (call $r)) (func (export \"run\") (call $r)))");
        SandboxLimits limits = SandboxLimits.builder().maxCallDepth(10_000_000).deadline(Duration.ofSeconds(60)).build();
        Measured m = inChild(runtime, limits, Invocation.of(module).call("run"));
        assertThat(m.outcome()).hasKind(OutcomeKind.HEAP_EXHAUSTED);
        assertThat(m.outcome().message()).contains("wasm.sandbox.child.max-heap=" + CHILD_HEAP_MIB + "m");
        assertThat(m.peakKiB()).as("peak resident KiB of the child").isPositive().isLessThan(BOUND_KIB);
    }

    @Test
    @DisplayName("a GC allocation bomb with a long deadline is HEAP_EXHAUSTED, within the bound")
    void gcAllocationBomb() throws Exception {
        SandboxLimits limits = SandboxLimits.builder().deadline(Duration.ofSeconds(60)).build();
        Measured m = inChild("chicory-interpreter", limits, Invocation.of(HostileFixture.GC_ARRAY_BOMB));
        assertThat(m.outcome()).hasKind(OutcomeKind.HEAP_EXHAUSTED);
        assertThat(m.outcome().message()).contains("wasm.sandbox.child.max-heap=" + CHILD_HEAP_MIB + "m");
        assertThat(m.peakKiB()).as("peak resident KiB of the child").isPositive().isLessThan(BOUND_KIB);
    }
}
