package io.github.wasmsandbox.runtime.wasmtime;

import io.github.kawamuray.wasmtime.Val;
import io.github.wasmsandbox.api.ValueType;
import java.util.List;

/**
 * The bridge between the sandbox's raw values (i32 sign-extended, floats as their bits, as Chicory passes them)
 * and wasmtime-java's {@link Val}s.
 */
final class WasmtimeValues {

    private WasmtimeValues() {}

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
