package io.github.wasmsandbox.runtime.graalwasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.api.ValueType;
import io.github.wasmsandbox.spi.GuestControl;
import io.github.wasmsandbox.spi.InvalidModuleException;
import io.github.wasmsandbox.spi.PreparedModule;
import io.github.wasmsandbox.wat.WatCompiler;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The adapter's own duties, driven through the SPI directly: values, host functions, globals, bad modules. */
@DisplayName("The graalwasm engine")
class GraalWasmEngineTest {

    private static GraalWasmEngine engine;

    @BeforeAll
    static void open() {
        engine = (GraalWasmEngine) new GraalWasmRuntime().openEngine();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static long[] run(String wat, Invocation invocation, GuestControl control) throws Exception {
        PreparedModule module = engine.prepare(WatCompiler.compile(wat));
        return engine.run(module, invocation, control);
    }

    private static GuestControl control(Set<String> watched) {
        return new GuestControl(SandboxLimits.NONE, System.nanoTime(), Optional.empty(), watched);
    }

    @Test
    @DisplayName("passes i32, i64, f32 and f64 raw, both ways, and several results")
    void values() throws Exception {
        String wat = "(module (import \"env\" \"f\" (func $f (param i32 i64 f32 f64) (result i32 i64 f32 f64)))"
                + " (func (export \"run\") (param i32 i64 f32 f64) (result i32 i64 f32 f64)"
                + " (call $f (local.get 0) (local.get 1) (local.get 2) (local.get 3))))";
        List<ValueType> types = List.of(ValueType.I32, ValueType.I64, ValueType.F32, ValueType.F64);
        HostFunction echo = HostFunction.of("env", "f", types, types, args -> args.clone());
        long[] args = {-7, Long.MIN_VALUE + 3, Float.floatToRawIntBits(1.5f), Double.doubleToRawLongBits(-2.25)};
        Invocation invocation = Invocation.of(GuestModule.ofWat("values", wat)).call("run", args).withHost(echo);
        assertThat(run(wat, invocation, control(Set.of()))).containsExactly(args);
    }

    @Test
    @DisplayName("reports a watched exported i64 global")
    void watchedGlobal() throws Exception {
        String wat = "(module (global $g (export \"g\") (mut i64) (i64.const 5))"
                + " (func (export \"g_value\") (result i64) global.get $g)"
                + " (func (export \"run\") (global.set $g (i64.const 123456789012))))";
        GuestControl control = control(Set.of("g"));
        run(wat, Invocation.of(GuestModule.ofWat("globals", wat)).call("run"), control);
        assertThat(control.reportedGlobal("g")).hasValue(123456789012L);
    }

    @Test
    @DisplayName("rejects a malformed module with GraalWasm's reason")
    void invalidModule() {
        byte[] truncated = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60};
        assertThatThrownBy(() -> engine.prepare(truncated)).isInstanceOf(InvalidModuleException.class);
    }
}
