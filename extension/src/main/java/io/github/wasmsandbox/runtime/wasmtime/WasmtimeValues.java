package io.github.wasmsandbox.runtime.wasmtime;

import io.github.kawamuray.wasmtime.Func;
import io.github.kawamuray.wasmtime.Val;
import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.api.ValueType;
import io.github.wasmsandbox.spi.GuestControl;
import io.github.wasmsandbox.spi.HostFunctionException;
import java.util.List;

/**
 * The bridge between the sandbox's raw values (i32 sign-extended, floats as their bits, as Chicory passes them)
 * and wasmtime-java's {@link Val}s, and the host functions built on it.
 */
final class WasmtimeValues {

    private WasmtimeValues() {}

    /** A wasmtime host function calling {@code f}; a failure is recorded on {@code control} and traps the guest. */
    static Func.Handler<Void> hostHandler(HostFunction f, GuestControl control) {
        return (caller, params, results) -> {
            long[] args = new long[params.length];
            for (int i = 0; i < params.length; i++) {
                args[i] = raw(params[i]);
            }
            long[] out;
            try {
                out = f.handler().apply(args);
            } catch (Exception | Error e) {
                control.recordHostFailure(new HostFunctionException(f.qualifiedName(), e));
                throw new IllegalStateException("host function " + f.qualifiedName() + " failed", e);
            }
            for (int i = 0; i < results.length; i++) {
                results[i] = val(f.results().get(i), out == null || i >= out.length ? 0 : out[i]);
            }
        };
    }

    static Val.Type[] types(List<ValueType> types) {
        return types.stream().map(t -> switch (t) {
            case I32 -> Val.Type.I32;
            case I64 -> Val.Type.I64;
            case F32 -> Val.Type.F32;
            case F64 -> Val.Type.F64;
        }).toArray(Val.Type[]::new);
    }

    /** A raw Wasm value as Chicory passes it: i32 sign-extended, floats as their bits. */
    static long raw(Val v) {
        return switch (v.getType()) {
            case I32 -> v.i32();
            case I64 -> v.i64();
            case F32 -> Float.floatToRawIntBits(v.f32());
            case F64 -> Double.doubleToRawLongBits(v.f64());
            default -> throw new IllegalArgumentException("the sandbox passes only numbers, not " + v.getType());
        };
    }

    static Val val(ValueType type, long raw) {
        return switch (type) {
            case I32 -> Val.fromI32((int) raw);
            case I64 -> Val.fromI64(raw);
            case F32 -> Val.fromF32(Float.intBitsToFloat((int) raw));
            case F64 -> Val.fromF64(Double.longBitsToDouble(raw));
        };
    }
}
