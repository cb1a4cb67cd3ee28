package io.github.wasmsandbox.rewrite;

import static io.github.wasmsandbox.rewrite.Guest.wat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import io.github.wasmsandbox.fixtures.HostImport;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.fixtures.WasmFeature;
import io.github.wasmsandbox.rewrite.Guest.Engine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FuelCounter#LOCAL} against {@link FuelCounter#GLOBAL}, the strategy the rewriter used before (its code path
 * is unchanged): every guest must end the same way with the same value in the fuel global, when it completes, when
 * it traps, and when it runs out of fuel at the budget one below what it consumed; and a host function the guest
 * calls must see the same value in the global at every call. The expected counts are the global counter's, never
 * the local counter's own.
 */
@DisplayName("fuel counter in a local: the same counts as the global counter")
class FuelCounterTest {

    /** What one run of a guest gave: how it ended, the fuel global after it, the global at each host call. */
    record Run(String outcome, long remaining, List<Long> seenByHost) {

        boolean deterministic() {
            return !outcome.equals("stack exhausted") && remaining != Long.MIN_VALUE;
        }
    }

    static RewriteOptions.Builder options(long budget, FuelCounter counter) {
        return RewriteOptions.builder().fuel(budget).fuelCounter(counter);
    }

    /**
     * Instantiates on the engine, with {@code env.tick} (records the fuel global) and {@code env.fail} (throws)
     * where imported, calls the deferred start function if any, then {@code export} with {@code args}.
     */
    static Run run(byte[] wasm, Engine engine, String export, long... args) {
        // Recursion stops at the injected call depth, not at the end of a test thread's small stack.
        return ControlFlowProposalsTest.onLargeStack(() -> runHere(wasm, engine, export, args));
    }

    private static Run runHere(byte[] wasm, Engine engine, String export, long... args) {
        WasmModule module = Parser.parse(wasm);
        List<Long> seen = new ArrayList<>();
        ImportValues.Builder imports = ImportValues.builder();
        for (int i = 0; i < module.importSection().importCount(); i++) {
            if (module.importSection().getImport(i) instanceof FunctionImport f) {
                var type = module.typeSection().getType(f.typeIndex());
                imports.addFunction(new HostFunction(f.module(), f.name(), type, (instance, a) -> {
                    seen.add(instance.exports().global(FuelMetering.GLOBAL_EXPORT_NAME).getValue());
                    if (f.name().equals("fail")) {
                        throw new IllegalStateException("env.fail");
                    }
                    return new long[type.returns().size()];
                }));
            }
        }
        Instance instance;
        try {
            Instance.Builder builder = Instance.builder(module).withImportValues(imports.build());
            if (engine == Engine.COMPILER) {
                builder.withMachineFactory(MachineFactoryCompiler.compile(module));
            }
            instance = builder.build();
        } catch (RuntimeException e) { // refused before any guest code ran (the compiler rejects SIMD, ...)
            return new Run("not instantiated: " + e.getMessage(), Long.MIN_VALUE, seen);
        }
        String outcome;
        try {
            for (int i = 0; i < module.exportSection().exportCount(); i++) {
                if (module.exportSection().getExport(i).name().equals(START)) {
                    instance.export(START).apply();
                }
            }
            long[] results = export == null ? new long[0] : instance.export(export).apply(args);
            outcome = "ok:" + Arrays.toString(results == null ? new long[0] : results);
        } catch (StackOverflowError e) {
            outcome = "stack exhausted";
        } catch (RuntimeException e) {
            // Chicory names the failing instruction by its offset in the code, which the two rewrites move.
            String message = String.valueOf(e.getMessage()).replaceAll("instruction=0x[0-9A-Fa-f]+", "instruction=?");
            outcome = message.contains("call stack exhausted") ? "stack exhausted"
                    : "trap:" + e.getClass().getSimpleName() + ":" + message;
        }
        return new Run(outcome, instance.exports().global(FuelMetering.GLOBAL_EXPORT_NAME).getValue(), seen);
    }

    static final String START = "wasm_sandbox_start";

    /**
     * Runs {@code wasm} rewritten both ways with {@code budget}, then again with the budget one below what the global
     * counter consumed (so that it runs out of fuel), and asserts identical runs each time.
     */
    static void assertSameCounts(byte[] wasm, RewriteOptions.Builder base, long budget, Engine engine, String export,
            long... args) {
        try {
            ModuleRewriter.rewrite(wasm, base.fuel(budget).fuelCounter(FuelCounter.GLOBAL).build());
        } catch (ModuleRewriteException refused) {
            assertThatThrownBy(() -> ModuleRewriter.rewrite(wasm, base.fuel(budget).fuelCounter(FuelCounter.LOCAL)
                    .build())).hasMessage(refused.getMessage());
            return;
        }
        Run global = run(ModuleRewriter.rewrite(wasm, base.fuel(budget).fuelCounter(FuelCounter.GLOBAL).build()),
                engine, export, args);
        Run local = run(ModuleRewriter.rewrite(wasm, base.fuel(budget).fuelCounter(FuelCounter.LOCAL).build()),
                engine, export, args);
        assertThat(local.outcome()).as("outcome").isEqualTo(global.outcome());
        if (!global.deterministic()) {
            return; // how deep a guest recurses before the JVM's stack runs out is not the same twice
        }
        assertThat(local.remaining()).as("fuel global after the run").isEqualTo(global.remaining());
        assertThat(local.seenByHost()).as("fuel global at each host call").isEqualTo(global.seenByHost());
        long consumed = FuelMetering.consumed(budget, global.remaining());
        if (global.remaining() >= 0 && consumed > 1) { // a budget must be at least 1
            Run globalShort = run(ModuleRewriter.rewrite(wasm,
                    base.fuel(consumed - 1).fuelCounter(FuelCounter.GLOBAL).build()), engine, export, args);
            Run localShort = run(ModuleRewriter.rewrite(wasm,
                    base.fuel(consumed - 1).fuelCounter(FuelCounter.LOCAL).build()), engine, export, args);
            assertThat(globalShort.remaining()).as("the global counter runs out at budget - 1").isNegative();
            assertThat(localShort.outcome()).as("outcome at budget - 1").isEqualTo(globalShort.outcome());
            assertThat(localShort.remaining()).as("fuel global at budget - 1").isEqualTo(globalShort.remaining());
            assertThat(localShort.seenByHost()).as("host calls at budget - 1").isEqualTo(globalShort.seenByHost());
        }
    }

    // ---------------------------------------------------------------- every rule of the write-backs

    /** Guests that exercise each place the local counter must be written back or reloaded. */
    static Stream<Arguments> guests() {
        return Stream.of(
                Arguments.of("a loop that completes", FuelMeteringTest.SUM, "sum", new long[0]),
                Arguments.of("a load out of bounds in the 700th iteration", """
                        (module (memory 1)
                          (func (export "run") (param $n i32) (result i32) (local $i i32) (local $acc i32)
                            (loop $l
                              (local.set $acc (i32.add (local.get $acc) (i32.load (i32.mul (local.get $i) (i32.const 100)))))
                              (local.set $i (i32.add (local.get $i) (i32.const 1)))
                              (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
                            (local.get $acc)))""", "run", new long[] {1000}),
                Arguments.of("a division by zero in the loop", """
                        (module (func (export "run") (param $n i32) (result i32) (local $acc i32)
                          (loop $l
                            (local.set $acc (i32.add (local.get $acc) (i32.div_u (i32.const 100) (local.get $n))))
                            (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                            (br_if $l (i32.ge_s (local.get $n) (i32.const 0))))
                          (local.get $acc)))""", "run", new long[] {50}),
                Arguments.of("unreachable reached after a loop, in a segment that costs nothing", """
                        (module (func (export "run") (param $n i32) (local $i i32)
                          (block $b (loop $l
                            (local.set $i (i32.add (local.get $i) (i32.const 1)))
                            (br_if $b (i32.ge_u (local.get $i) (local.get $n)))
                            (br $l)))
                          unreachable))""", "run", new long[] {30}),
                Arguments.of("a callee with its own loop, and a trap in a callee", """
                        (module
                          (func $inner (param $k i32) (result i32) (local $j i32)
                            (if (i32.eq (local.get $k) (i32.const 77)) (then unreachable))
                            (loop $m
                              (local.set $j (i32.add (local.get $j) (i32.const 1)))
                              (br_if $m (i32.lt_u (local.get $j) (local.get $k))))
                            (local.get $j))
                          (func (export "run") (param $n i32) (result i32) (local $i i32) (local $acc i32)
                            (loop $l
                              (local.set $acc (i32.add (local.get $acc) (call $inner (local.get $i))))
                              (local.set $i (i32.add (local.get $i) (i32.const 1)))
                              (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
                            (local.get $acc)))""", "run", new long[] {70}),
                Arguments.of("the trap in the callee reached", """
                        (module
                          (func $inner (param $k i32) (result i32)
                            (if (i32.eq (local.get $k) (i32.const 77)) (then unreachable))
                            (local.get $k))
                          (func (export "run") (param $n i32) (result i32) (local $i i32) (local $acc i32)
                            (loop $l
                              (local.set $acc (i32.add (local.get $acc) (call $inner (local.get $i))))
                              (local.set $i (i32.add (local.get $i) (i32.const 1)))
                              (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
                            (local.get $acc)))""", "run", new long[] {100}),
                Arguments.of("a host function that reads the global at every call, in a loop", """
                        (module (import "env" "tick" (func $tick))
                          (func (export "run") (param $n i32) (local $i i32)
                            (loop $l
                              (call $tick)
                              (local.set $i (i32.add (local.get $i) (i32.const 1)))
                              (br_if $l (i32.lt_u (local.get $i) (local.get $n))))))""", "run", new long[] {40}),
                Arguments.of("a host function that throws, called from a loop", """
                        (module (import "env" "fail" (func $fail))
                          (func (export "run") (param $n i32) (local $i i32)
                            (loop $l
                              (local.set $i (i32.add (local.get $i) (i32.const 1)))
                              (if (i32.eq (local.get $i) (i32.const 9)) (then (call $fail)))
                              (br_if $l (i32.lt_u (local.get $i) (local.get $n))))))""", "run", new long[] {40}),
                Arguments.of("br_if and br_table to the function's label from inside a loop", """
                        (module (func (export "run") (param $n i32) (local $i i32)
                          (loop $l
                            (local.set $i (i32.add (local.get $i) (i32.const 1)))
                            (br_if 1 (i32.eq (local.get $i) (i32.const 25)))
                            (block $b
                              (br_table $b 2 (i32.eq (local.get $i) (local.get $n))))
                            (br $l))))""", "run", new long[] {10}),
                Arguments.of("return from inside nested blocks, if/else arms in the loop", """
                        (module (func (export "run") (param $n i32) (result i32) (local $i i32) (local $odd i32)
                          (loop $l
                            (if (i32.and (local.get $i) (i32.const 1))
                              (then (local.set $odd (i32.add (local.get $odd) (i32.const 1))))
                              (else (nop)))
                            (block (block
                              (if (i32.eq (local.get $i) (local.get $n)) (then (return (local.get $odd))))))
                            (local.set $i (i32.add (local.get $i) (i32.const 1)))
                            (br $l))
                          (i32.const -1)))""", "run", new long[] {33}),
                Arguments.of("a loop that tail-calls itself (global counter: Chicory's interpreter fails with more locals)",
                        """
                        (module (func $f (export "run") (param $n i32) (param $k i32) (result i32)
                          (loop $l
                            (local.set $k (i32.add (local.get $k) (i32.const 1)))
                            (br_if $l (i32.lt_u (local.get $k) (i32.const 3))))
                          (if (i32.eqz (local.get $n)) (then (return (i32.const 42))))
                          (return_call $f (i32.sub (local.get $n) (i32.const 1)) (i32.const 0))))""",
                        "run", new long[] {200, 0}),
                Arguments.of("memory.grow and bulk memory in a loop", """
                        (module (memory 1 4)
                          (func (export "run") (param $n i32) (result i32) (local $i i32)
                            (loop $l
                              (drop (memory.grow (i32.const 1)))
                              (memory.fill (i32.mul (local.get $i) (i32.const 65536)) (i32.const 7) (i32.const 65536))
                              (local.set $i (i32.add (local.get $i) (i32.const 1)))
                              (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
                            (memory.size)))""", "run", new long[] {6}),
                Arguments.of("call_indirect through a table in a loop, a null entry traps", """
                        (module (type $t (func (param i32) (result i32)))
                          (table 3 funcref) (elem (i32.const 0) $double $inc)
                          (func $double (type $t) (i32.mul (local.get 0) (i32.const 2)))
                          (func $inc (type $t) (i32.add (local.get 0) (i32.const 1)))
                          (func (export "run") (param $n i32) (result i32) (local $i i32) (local $acc i32)
                            (loop $l
                              (local.set $acc (call_indirect (type $t) (local.get $acc)
                                (i32.rem_u (local.get $i) (local.get $n))))
                              (local.set $i (i32.add (local.get $i) (i32.const 1)))
                              (br_if $l (i32.lt_u (local.get $i) (i32.const 20))))
                            (local.get $acc)))""", "run", new long[] {3}),
                Arguments.of("loop-free recursion (fib)", """
                        (module (func $fib (export "run") (param i32) (result i32)
                          (if (result i32) (i32.lt_u (local.get 0) (i32.const 2)) (then (local.get 0))
                            (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                                           (call $fib (i32.sub (local.get 0) (i32.const 2))))))))""",
                        "run", new long[] {15}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guests")
    @DisplayName("completes, traps and runs out of fuel (budget - 1) with the global counter's counts")
    void sameCountsAsTheGlobalCounter(String name, String source, String export, long[] args) {
        byte[] wasm = wat(source);
        for (Engine engine : Engine.values()) {
            for (CostModel model : List.of(CostModel.WASMTIME, CostModel.WASMTIME_WITH_SIZE_CHARGES)) {
                assertSameCounts(wasm, RewriteOptions.builder().costModel(model), 1_000_000, engine, export, args);
                assertSameCounts(wasm, RewriteOptions.builder().costModel(model).recordGrowDenials().maxCallDepth(50),
                        1_000_000, engine, export, args);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guests")
    @DisplayName("with a budget that runs out somewhere inside: the same counts at every budget up to 300")
    void sameCountsAtEverySmallBudget(String name, String source, String export, long[] args) {
        byte[] wasm = wat(source);
        for (long budget = 1; budget <= 300; budget++) {
            Run global = run(ModuleRewriter.rewrite(wasm, options(budget, FuelCounter.GLOBAL).build()),
                    Engine.INTERPRETER, export, args);
            Run local = run(ModuleRewriter.rewrite(wasm, options(budget, FuelCounter.LOCAL).build()),
                    Engine.INTERPRETER, export, args);
            assertThat(local).as("budget %d", budget).isEqualTo(global);
        }
    }

    // ---------------------------------------------------------------- exceptions (bytes: wat2wasm cannot encode them)

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"loop_throw 100", "loop_call 100", "loop_catcher 100",
            "tail 1000"})
    @DisplayName("try_table loops, a throw from a callee caught here or by a catch to the function's label")
    void exceptions(String spec) {
        String[] s = spec.split(" ");
        long n = Long.parseLong(s[1]);
        for (RewriteOptions.Builder base : List.of(RewriteOptions.builder(),
                RewriteOptions.builder().recordGrowDenials().maxCallDepth(10))) {
            assertSameCounts(ControlFlowProposalsTest.EH, base, 1_000_000, Engine.INTERPRETER, s[0], n);
            for (long budget = 1; budget <= 200; budget++) {
                RewriteOptions.Builder b = base;
                assertThat(run(ModuleRewriter.rewrite(ControlFlowProposalsTest.EH,
                        b.fuel(budget).fuelCounter(FuelCounter.LOCAL).build()), Engine.INTERPRETER, s[0], n))
                        .as("budget %d", budget)
                        .isEqualTo(run(ModuleRewriter.rewrite(ControlFlowProposalsTest.EH,
                                b.fuel(budget).fuelCounter(FuelCounter.GLOBAL).build()), Engine.INTERPRETER, s[0], n));
            }
        }
    }

    /**
     * Catch landings also reached without an exception, where the local must have been written back first: a branch
     * to the landing block, falling out of an arm into its end, a loop whose header is the landing (fallen into,
     * and branched to by its back edge), and an if without else whose false condition goes straight to its end.
     */
    static final byte[] LANDINGS = ControlFlowProposalsTest.module(
            ControlFlowProposalsTest.section(1, "02  60 00 00  60 01 7f 01 7f"),
            ControlFlowProposalsTest.section(3, "05  00 01 01 01 01"),
            ControlFlowProposalsTest.section(13, "01  00 00"), // one tag $e of type 0
            ControlFlowProposalsTest.exports("branch_to_landing", 1, "fall_into_landing", 2, "loop_landing", 3,
                    "if_landing", 4),
            ControlFlowProposalsTest.code(
                    "00  08 00  0b", // 0 $thrower: throw $e
                    // 1 branch_to_landing(n): odd counts branch to $h, even ones throw and are caught at $h's end
                    "01 01 7f\n" + """
                            03 40                   ; loop $l
                            02 40                   ;   block $h
                            20 01  41 01  71  0d 00 ;     local.get $count  i32.const 1  i32.and  br_if $h
                            1f 40 01 02 00          ;     try_table (catch_all $h)
                            10 00                   ;       call $thrower
                            0b                      ;     end
                            0b                      ;   end: the landing
                            """ + ControlFlowProposalsTest.COUNT_AND_LOOP + """
                            0b
                            20 01  0b
                            """,
                    // 2 fall_into_landing(n): odd counts run an arm and fall out of $h, even ones throw
                    "01 01 7f\n" + """
                            03 40                   ; loop $l
                            02 40                   ;   block $h
                            20 01  41 01  71        ;     local.get $count  i32.const 1  i32.and
                            04 40                   ;     if
                            41 05  1a               ;       i32.const 5  drop
                            05                      ;     else
                            1f 40 01 02 01          ;       try_table (catch_all $h)
                            10 00                   ;         call $thrower
                            0b                      ;       end
                            0b                      ;     end
                            0b                      ;   end: the landing
                            """ + ControlFlowProposalsTest.COUNT_AND_LOOP + """
                            0b
                            20 01  0b
                            """,
                    // 3 loop_landing(n): odd counts take the back edge, even ones throw and land at the header
                    "01 01 7f\n" + """
                            41 00  21 01            ; i32.const 0  local.set $count
                            02 40                   ; block $exit
                            03 40                   ;   loop $l: the landing
                            20 01  41 01  6a  21 01 ;     count++
                            20 01  20 00  4f  0d 01 ;     local.get $count  local.get $n  i32.ge_u  br_if $exit
                            20 01  41 01  71  0d 00 ;     local.get $count  i32.const 1  i32.and  br_if $l
                            1f 40 01 02 00          ;     try_table (catch_all $l)
                            10 00                   ;       call $thrower
                            0b                      ;     end
                            0b                      ;   end
                            0b                      ; end
                            20 01  0b
                            """,
                    // 4 if_landing(n): an if without else is the landing; even counts skip straight to its end
                    "01 01 7f\n" + """
                            03 40                   ; loop $l
                            20 01  41 01  71        ;   local.get $count  i32.const 1  i32.and
                            04 40                   ;   if $i
                            1f 40 01 02 00          ;     try_table (catch_all $i)
                            10 00                   ;       call $thrower
                            0b                      ;     end
                            0b                      ;   end: the landing
                            """ + ControlFlowProposalsTest.COUNT_AND_LOOP + """
                            0b
                            20 01  0b
                            """));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"branch_to_landing", "fall_into_landing", "loop_landing", "if_landing"})
    @DisplayName("catch landings reached by a branch, by falling out of an arm, at a loop header, past an if")
    void landingsReachedWithoutAnException(String export) {
        for (RewriteOptions.Builder base : List.of(RewriteOptions.builder(),
                RewriteOptions.builder().recordGrowDenials().maxCallDepth(10))) {
            assertThat(run(ModuleRewriter.rewrite(LANDINGS, base.fuel(1_000_000).build()), Engine.INTERPRETER, export,
                    40).outcome()).isEqualTo("ok:[40]");
            assertSameCounts(LANDINGS, base, 1_000_000, Engine.INTERPRETER, export, 40);
            for (long budget = 1; budget <= 150; budget++) {
                assertThat(run(ModuleRewriter.rewrite(LANDINGS, base.fuel(budget).fuelCounter(FuelCounter.LOCAL)
                        .build()), Engine.INTERPRETER, export, 40)).as("budget %d", budget)
                        .isEqualTo(run(ModuleRewriter.rewrite(LANDINGS, base.fuel(budget)
                                .fuelCounter(FuelCounter.GLOBAL).build()), Engine.INTERPRETER, export, 40));
            }
        }
    }

    // ---------------------------------------------------------------- the catalog

    @ParameterizedTest(name = "{0}")
    @EnumSource(HostileFixture.class)
    @DisplayName("every catalog fixture: the global counter's outcome and fuel, also at budget - 1")
    void catalog(HostileFixture fixture) {
        assumeTrue(!fixture.imports().contains(HostImport.BLOCK), "env.block waits for an interrupt, fuel never stops it");
        assumeTrue(!fixture.features().contains(WasmFeature.THREADS),
                "memory.atomic.wait32 without a timeout blocks, consuming no fuel");
        boolean bulk = fixture.features().contains(WasmFeature.BULK_MEMORY);
        // Caps, grow denials and a call depth as the sandbox sets them, so that bombs and recursion stop the same
        // way every time; bulk-memory loops pay by size, or 1 fuel would buy a 64 MiB memset.
        RewriteOptions.Builder base = RewriteOptions.builder().exportStartAs(START).maxMemoryPages(1024)
                .maxTableElements(10_000).recordGrowDenials().maxCallDepth(1_000)
                .costModel(bulk ? CostModel.WASMTIME_WITH_SIZE_CHARGES : CostModel.WASMTIME);
        // GC objects live on the JVM's heap: a small budget keeps an allocation bomb well inside it; a thrown
        // exception costs the interpreter a Java exception.
        long budget = bulk ? 5_000 : fixture.features().contains(WasmFeature.GC) ? 2_000
                : fixture.features().contains(WasmFeature.EXCEPTION_HANDLING) ? 10_000 : 100_000;
        for (Engine engine : Engine.values()) {
            assertSameCounts(fixture.bytes(), base, budget, engine, fixture.export().orElse(null));
        }
    }

    // ---------------------------------------------------------------- what makes it cheaper

    @Test
    @DisplayName("the tightest loop reads the fuel global once per call, not once per iteration")
    void tightLoopReadsTheGlobalOnce() {
        byte[] loop = wat("""
                (module (func (export "run") (param $n i32) (result i32) (local $i i32) (local $acc i32)
                  (loop $l
                    (local.set $acc (i32.add (local.get $acc) (i32.mul (local.get $i) (local.get $i))))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
                  (local.get $acc)))""");
        int fuel = 0; // the module has no globals of its own
        List<Instruction> local = body(ModuleRewriter.rewrite(loop, options(1_000, FuelCounter.LOCAL).build()));
        List<Instruction> global = body(ModuleRewriter.rewrite(loop, options(1_000, FuelCounter.GLOBAL).build()));
        assertThat(accesses(global, OpCode.GLOBAL_GET, fuel)).isEqualTo(4); // two per charged segment (body, exit)
        assertThat(accesses(local, OpCode.GLOBAL_GET, fuel)).isEqualTo(1); // on entry
        // The global is written where fuel runs out (right before the trap) and once more before the final end.
        List<Integer> sets = new ArrayList<>();
        for (int i = 0; i < local.size(); i++) {
            if (local.get(i).opcode() == OpCode.GLOBAL_SET && local.get(i).operand(0) == fuel) {
                sets.add(i);
            }
        }
        assertThat(sets).hasSize(3);
        for (int i : sets.subList(0, 2)) {
            assertThat(local.get(i + 1).opcode()).as("after global.set at %d", i).isEqualTo(OpCode.UNREACHABLE);
        }
        assertThat(sets.get(2)).isEqualTo(local.size() - 2);
        assertThat(run(ModuleRewriter.rewrite(loop, options(1_000_000, FuelCounter.LOCAL).build()), Engine.COMPILER,
                "run", 1000)).isEqualTo(run(ModuleRewriter.rewrite(loop, options(1_000_000, FuelCounter.GLOBAL)
                .build()), Engine.COMPILER, "run", 1000));
    }

    @Test
    @DisplayName("a function that tail-calls keeps the global counter and gets no added local")
    void tailCallersKeepTheGlobalCounter() {
        byte[] wasm = wat("""
                (module (func $f (export "run") (param $n i32) (result i32)
                  (loop $l (br_if $l (i32.const 0)))
                  (if (i32.eqz (local.get $n)) (then (return (i32.const 42))))
                  (return_call $f (i32.sub (local.get $n) (i32.const 1)))))""");
        WasmModule rewritten = Parser.parse(ModuleRewriter.rewrite(wasm, options(1_000_000, FuelCounter.LOCAL).build()));
        assertThat(rewritten.codeSection().getFunctionBody(0).localTypes()).isEmpty();
        // Chicory 1.7.5's interpreter would fail with ArrayIndexOutOfBoundsException if it had one.
        assertThat(run(ModuleRewriter.rewrite(wasm, options(1_000_000, FuelCounter.LOCAL).build()),
                Engine.INTERPRETER, "run", 500).outcome()).isEqualTo("ok:[42]");
    }

    @Test
    @DisplayName("a looping function with 50,000 locals keeps the global counter rather than be refused")
    void noRoomForTheLocal() {
        byte[] wasm = ControlFlowProposalsTest.module(
                ControlFlowProposalsTest.section(1, "01  60 01 7f 01 7f"),
                ControlFlowProposalsTest.section(3, "01  00"),
                ControlFlowProposalsTest.exports("run", 0),
                ControlFlowProposalsTest.code("""
                        01 cf 86 03 7f          ; 49999 locals i32 ($i = local 1), with the parameter 50000
                        03 40                   ; loop $l
                        20 01  41 01  6a  21 01 ;   local.get $i  i32.const 1  i32.add  local.set $i
                        20 01  20 00  49  0d 00 ;   local.get $i  local.get $n  i32.lt_u  br_if $l
                        0b
                        20 01  0b
                        """));
        byte[] rewritten = ModuleRewriter.rewrite(wasm, options(1_000, FuelCounter.LOCAL).build());
        assertThat(Parser.parse(rewritten).codeSection().getFunctionBody(0).localTypes()).hasSize(49_999);
        assertThat(run(rewritten, Engine.INTERPRETER, "run", 10)).isEqualTo(run(ModuleRewriter.rewrite(wasm,
                options(1_000, FuelCounter.GLOBAL).build()), Engine.INTERPRETER, "run", 10));
    }

    static List<Instruction> body(byte[] wasm) {
        return List.copyOf(Parser.parse(wasm).codeSection().getFunctionBody(0).instructions());
    }

    static int accesses(List<Instruction> body, OpCode op, int global) {
        return (int) body.stream().filter(i -> i.opcode() == op && i.operand(0) == global).count();
    }

}
