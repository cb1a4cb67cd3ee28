package io.github.wasmsandbox.benchmarks;

import io.github.kawamuray.wasmtime.Config;
import io.github.kawamuray.wasmtime.Engine;
import io.github.kawamuray.wasmtime.Func;
import io.github.kawamuray.wasmtime.Instance;
import io.github.kawamuray.wasmtime.Module;
import io.github.kawamuray.wasmtime.Store;
import java.util.List;
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

/**
 * The cost of Wasmtime's epoch checks themselves: the same call by hand on an engine with epoch interruption on
 * (what the {@code wasmtime} adapter always uses) and off. The sandbox cannot show this: its engines always
 * have it on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EpochOverheadBenchmark {

    /** Epoch interruption on or off. */
    @Param({"true", "false"})
    public boolean epoch;

    /** The workload. */
    @Param({"LOOP", "FIB"})
    public Workload workload;

    private Config config;
    private Engine engine;
    private Module module;
    private Store<Void> store;
    private Instance instance;
    private Func func;
    private io.github.kawamuray.wasmtime.Val[] args;

    /** Compiles and instantiates once; each benchmark call is one call of the export. */
    @Setup
    public void setUp() {
        config = new Config().epochInterruption(epoch);
        engine = new Engine(config);
        var invocation = workload.invocation(false);
        module = new Module(engine, invocation.module().bytes());
        store = new Store<>(null, engine);
        instance = new Instance(store, module, List.of());
        func = instance.getFunc(store, invocation.export().orElseThrow()).orElseThrow();
        args = java.util.Arrays.stream(invocation.args())
                .mapToObj(a -> io.github.kawamuray.wasmtime.Val.fromI32((int) a))
                .toArray(io.github.kawamuray.wasmtime.Val[]::new);
    }

    /** One call. */
    @Benchmark
    public Object call() {
        if (epoch) {
            store.setEpochDeadline(1L << 40);
        }
        return func.call(store, args);
    }

    /** Disposes everything, in order. */
    @TearDown
    public void tearDown() {
        func.dispose();
        instance.dispose();
        store.dispose();
        module.dispose();
        engine.dispose();
        config.dispose();
    }
}
