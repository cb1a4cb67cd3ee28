package io.github.wasmsandbox.benchmarks;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.core.Sandboxes;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Time of one guest run through the sandbox, per runtime, workload and limit set (compare within a runtime). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GuestSpeedBenchmark {

    /** The runtime. */
    @Param({"chicory-interpreter", "chicory-compiler", "wasmtime"})
    public String runtime;

    /** The workload. */
    @Param({"LOOP", "FIB", "COUNT_VOWELS", "POWER_C", "COMPLEX_C"})
    public Workload workload;

    /** The limits. */
    @Param({"NONE", "DEADLINE", "FUEL", "FUEL_AND_DEADLINE"})
    public LimitSet limits;

    private Sandbox sandbox;
    private Invocation invocation;

    /** Opens the sandbox and checks that the workload completes under these limits. */
    @Setup
    public void open() {
        sandbox = Sandboxes.open(runtime, limits.limits());
        invocation = workload.invocation(runtime.equals("chicory-interpreter"));
        Outcome first = sandbox.run(invocation);
        if (first.kind() != OutcomeKind.COMPLETED) {
            throw new IllegalStateException(workload + " on " + runtime + " under " + limits + ": " + first);
        }
    }

    /** One run: instantiate, call, tear down. */
    @Benchmark
    public Outcome run() {
        return sandbox.run(invocation);
    }

    /** Closes the sandbox. */
    @TearDown
    public void close() {
        sandbox.close();
    }
}
