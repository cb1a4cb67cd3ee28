package io.github.wasmsandbox.rewrite;

import static io.github.wasmsandbox.rewrite.Guest.fuel;
import static io.github.wasmsandbox.rewrite.Guest.wat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import io.github.wasmsandbox.rewrite.Guest.Engine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fuel balance kept in an added local (functions with a loop): the global holds the right value wherever the
 * host or another frame can read it (a trap, a host call, a guest stopped from outside), and modules with tail
 * calls keep the balance in the global. Costs are the Wasmtime model's, computed by hand; a {@code (loop)} that
 * never branches back puts a function on the local strategy without changing its cost.
 */
@DisplayName("the fuel balance kept in a local")
class BalanceInLocalTest {

    static final long BUDGET = 1_000_000_000L;

    /*
     * entry segment: loop (0)                                                      = 0, no charge
     * loop body:     global.get, i32.const, i32.add, global.set, br                = 5 per iteration
     * The body cannot trap, so only the write at the loop header makes the balance visible.
     */
    static final String COUNTING_LOOP = """
            (module
              (global $i (export "i") (mut i32) (i32.const 0))
              (func (export "run")
                (loop $l
                  global.get $i  i32.const 1  i32.add  global.set $i
                  br $l)))
            """;

    @ParameterizedTest
    @EnumSource(Engine.class)
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a backstop against a hang: the verdict does not depend on time
    @DisplayName("a loop stopped from outside shows the fuel of the iterations it began, less at most one flush interval")
    void stoppedLoopShowsItsFuel(Engine engine) throws InterruptedException {
        for (boolean inLocals : new boolean[] {true, false}) {
            Instance instance = instantiate(ModuleRewriter.rewrite(wat(COUNTING_LOOP),
                    RewriteOptions.builder().fuel(BUDGET).build(), inLocals), engine, ImportValues.empty());
            AtomicReference<Throwable> stopped = new AtomicReference<>();
            Thread guest = new Thread(() -> {
                try {
                    instance.export("run").apply();
                } catch (RuntimeException e) {
                    stopped.set(e);
                }
            });
            guest.setDaemon(true);
            guest.start();
            try {
                // Wait on the guest's own progress, not on time: stop it once it has run 10,000 iterations.
                while (instance.exports().global("i").getValue() < 10_000) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException("timed out waiting for the guest's iterations");
                    }
                    Thread.onSpinWait();
                }
            } finally {
                guest.interrupt();
                guest.join();
            }
            assertThat(stopped.get()).as("the guest was stopped by the interrupt").isNotNull();
            long iterations = instance.exports().global("i").getValue();
            long consumed = BUDGET - fuel(instance);
            // With the global only, every begun iteration is charged and written. With the balance in a local, a
            // loop body writes it once it has charged FLUSH_INTERVAL units since the last write, so the global can
            // lag by that much plus one iteration; the guest ran 10,000 iterations (50,000 units), so a loop that
            // never wrote would show at most 5 units.
            long lag = inLocals ? FunctionRewriter.FLUSH_INTERVAL + 5 : 0;
            assertThat(consumed).as("fuel consumed after %d iterations, balance in a local: %s", iterations, inLocals)
                    .isBetween(5 * (iterations - 1) - lag, 5 * (iterations + 1));
        }
    }

    /*
     * run:  loop, end (0); i32.const, drop, call $probe, end   = 2 (i32.const 1, call 1; loop, drop and end 0)
     * burn: i32.const, drop, end                                = 1
     */
    static final String PROBED = """
            (module
              (import "env" "probe" (func $probe (result i64)))
              (func (export "burn") i32.const 1 drop)
              (func (export "run") (result i64)
                (loop $once)
                i32.const 7 drop
                call $probe))
            """;

    @ParameterizedTest
    @EnumSource(Engine.class)
    @DisplayName("a host call sees the balance, and fuel a host's call back into the guest burns stays charged")
    void hostCallSeesTheBalance(Engine engine) {
        AtomicLong seen = new AtomicLong();
        HostFunction probe = new HostFunction("env", "probe", FunctionType.of(List.of(), List.of(ValType.I64)), (inst, args) -> {
            seen.set(fuel(inst));
            inst.export("burn").apply();
            return new long[] {0};
        });
        Instance instance = instantiate(Guest.metered(wat(PROBED), BUDGET), engine,
                ImportValues.builder().addFunction(probe).build());
        instance.export("run").apply();
        assertThat(seen.get()).as("the balance the host read").isEqualTo(BUDGET - 2);
        assertThat(fuel(instance)).as("the balance after run, with burn's charge").isEqualTo(BUDGET - 3);
    }

    /*
     * loop, end                                      = 0
     * block, i32.const, drop, end                    = 1 (cannot trap: not written)
     * i32.const, i32.load, end                       = 2 (the load may trap: written)
     */
    static final String TRAPS = """
            (module
              (memory 1)
              (func (export "load") (result i32)
                (loop $once)
                (block  i32.const 1  drop)
                i32.const 70000
                i32.load)
              (func (export "divide") (param i32) (result i32)
                (loop $once)
                (block  i32.const 1  drop)
                i32.const 1
                local.get 0
                i32.div_u))
            """;

    @ParameterizedTest
    @EnumSource(Engine.class)
    @DisplayName("a guest's own trap leaves every charge before it in the global")
    void trapLeavesTheCharges(Engine engine) {
        Instance instance = instantiate(Guest.metered(wat(TRAPS), BUDGET), engine, ImportValues.empty());
        assertThatThrownBy(() -> instance.export("load").apply()).hasMessageContaining("out of bounds");
        assertThat(BUDGET - fuel(instance)).isEqualTo(3);
        // divide: loop, end = 0; block, i32.const, drop, end = 1; i32.const, local.get, i32.div_u, end = 3
        assertThatThrownBy(() -> instance.export("divide").apply(0)).hasMessageContaining("divide by zero");
        assertThat(BUDGET - fuel(instance)).isEqualTo(3 + 4);
    }

    @Test
    @DisplayName("a module with tail calls gets no added local: the same bytes as with the balance in the global")
    void tailCallsKeepTheGlobal() {
        byte[] wasm = wat("""
                (module
                  (func $f (export "f") (param i32) (result i32)
                    (if (result i32) (local.get 0)
                      (then (return_call $f (i32.sub (local.get 0) (i32.const 1))))
                      (else (call $g))))
                  (func $g (result i32) (loop $once) i32.const 42))
                """);
        RewriteOptions options = RewriteOptions.builder().fuel(BUDGET).maxCallDepth(100).build();
        assertThat(ModuleRewriter.rewrite(wasm, options)).isEqualTo(ModuleRewriter.rewrite(wasm, options, false));
        byte[] withoutTailCall = wat("(module (func $f (export \"f\") (result i32) (call $g)) "
                + "(func $g (result i32) (loop $once) i32.const 42))");
        assertThat(ModuleRewriter.rewrite(withoutTailCall, options))
                .as("without tail calls the balance of $g moves into a local")
                .isNotEqualTo(ModuleRewriter.rewrite(withoutTailCall, options, false));
        byte[] withoutLoop = wat("(module (func $f (export \"f\") (result i32) (call $g)) "
                + "(func $g (result i32) i32.const 42))");
        assertThat(ModuleRewriter.rewrite(withoutLoop, options)).as("functions without a loop keep the global")
                .isEqualTo(ModuleRewriter.rewrite(withoutLoop, options, false));
    }

    private static Instance instantiate(byte[] wasm, Engine engine, ImportValues imports) {
        WasmModule module = Parser.parse(wasm);
        Instance.Builder builder = Instance.builder(module).withImportValues(imports);
        if (engine == Engine.COMPILER) {
            builder.withMachineFactory(MachineFactoryCompiler.compile(module));
        }
        return builder.build();
    }
}
