package io.github.wasmsandbox.benchmarks;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import io.github.kawamuray.wasmtime.Config;
import io.github.kawamuray.wasmtime.Engine;
import io.github.kawamuray.wasmtime.Func;
import io.github.kawamuray.wasmtime.Module;
import io.github.kawamuray.wasmtime.Store;
import io.github.kawamuray.wasmtime.Val;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The toolkit's cost per run: a warm sandbox instantiating a small fixture and calling it once (with a deadline,
 * as a test would), against the same work done by hand with each runtime's own API on the caller's thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RunOverheadBenchmark {

    /** The pool's size switch (GuestThreadPool.MAX_IDLE_PROPERTY); 0 = a new guest thread per run. */
    static final String NO_POOL_PROPERTY = "io.github.wasmsandbox.guestThreadPool.maxIdle";

    private static final SandboxLimits LIMITS = SandboxLimits.builder().deadlineMillis(1000).build();

    private final Invocation answer = Invocation.of(HostileFixture.ANSWER);
    private Sandbox interpreter;
    private Sandbox compiler;
    private Sandbox compilerNoPool;
    private Sandbox wasmtime;
    private WasmModule parsed;
    private Function<Instance, Machine> compiled;
    private Engine wasmtimeEngine;
    private Module wasmtimeModule;

    /** Warms every sandbox and prepares the by-hand equivalents. */
    @Setup
    public void setUp() {
        interpreter = Sandboxes.open("chicory-interpreter", LIMITS);
        compiler = Sandboxes.open("chicory-compiler", LIMITS);
        // Before the guest thread pool: a new guest thread per run (the pool keeps no idle thread).
        System.setProperty(NO_POOL_PROPERTY, "0");
        try {
            compilerNoPool = Sandboxes.open("chicory-compiler", LIMITS);
        } finally {
            System.clearProperty(NO_POOL_PROPERTY);
        }
        wasmtime = Sandboxes.open("wasmtime", LIMITS);
        parsed = Parser.parse(HostileFixture.ANSWER.bytes());
        compiled = MachineFactoryCompiler.compile(parsed);
        wasmtimeEngine = new Engine(new Config().epochInterruption(true));
        wasmtimeModule = new Module(wasmtimeEngine, HostileFixture.ANSWER.bytes());
    }

    /** Through the sandbox, chicory-interpreter. */
    @Benchmark
    public Outcome sandboxChicoryInterpreter() {
        return interpreter.run(answer);
    }

    /** By hand, Chicory's interpreter. */
    @Benchmark
    public long[] byHandChicoryInterpreter() {
        return Instance.builder(parsed).withMachineFactory(InterpreterMachine::new).build().export("run").apply();
    }

    /** Through the sandbox, chicory-compiler. */
    @Benchmark
    public Outcome sandboxChicoryCompiler() {
        return compiler.run(answer);
    }

    /** Through the sandbox, chicory-compiler, with a new guest thread per run (as before the guest thread pool). */
    @Benchmark
    public Outcome sandboxChicoryCompilerThreadPerRun() {
        return compilerNoPool.run(answer);
    }

    /** By hand, Chicory's compiler (module compiled once). */
    @Benchmark
    public long[] byHandChicoryCompiler() {
        return Instance.builder(parsed).withMachineFactory(compiled).build().export("run").apply();
    }

    /** Through the sandbox, wasmtime. */
    @Benchmark
    public Outcome sandboxWasmtime() {
        return wasmtime.run(answer);
    }

    /** By hand, wasmtime-java: a store, an instance, one call, everything disposed. */
    @Benchmark
    public int byHandWasmtime() {
        Store<Void> store = new Store<>(null, wasmtimeEngine);
        try {
            store.setEpochDeadline(1L << 40);
            io.github.kawamuray.wasmtime.Instance instance = new io.github.kawamuray.wasmtime.Instance(store,
                    wasmtimeModule, List.of());
            try {
                Func run = instance.getFunc(store, "run").orElseThrow();
                try {
                    Val[] results = run.call(store);
                    return results[0].i32();
                } finally {
                    run.dispose();
                }
            } finally {
                instance.dispose();
            }
        } finally {
            store.dispose();
        }
    }

    /** Closes everything. */
    @TearDown
    public void tearDown() {
        interpreter.close();
        compiler.close();
        compilerNoPool.close();
        wasmtime.close();
        wasmtimeModule.dispose();
        wasmtimeEngine.dispose();
    }
}
