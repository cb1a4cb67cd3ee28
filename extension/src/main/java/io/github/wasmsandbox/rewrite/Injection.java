package io.github.wasmsandbox.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * What one rewrite appends to a module, and where: the evidence globals (fuel, refused growth, call depth), the
 * unmetered functions that return them, the functions every {@code memory.grow} and {@code table.grow} is routed
 * through, and their exports. Appended after every existing type, function and global, so no index of the
 * module shifts.
 */
final class Injection {

    /** An export the rewriter adds: name, kind (0 function, 2 memory, 3 global) and index. */
    record AddedExport(String name, int kind, long index) {}

    private final List<byte[]> types = new ArrayList<>();
    private final List<byte[]> functionTypes = new ArrayList<>();
    private final List<byte[]> bodies = new ArrayList<>();
    private final List<byte[]> globals = new ArrayList<>();
    private final List<AddedExport> exports = new ArrayList<>();
    private final int firstType;
    private final int firstFunction;
    private final int firstGlobal;
    private final CostModel costModel;
    private final int fuelGlobal;
    private final int deniedGlobal;
    private final int depthGlobal;
    private final OptionalInt maxCallDepth;
    private final int[] memoryGrowFunctions;
    private final int[] tableGrowFunctions;

    Injection(ModuleIndex index, RewriteOptions options) {
        firstType = index.paramCounts.length;
        firstFunction = index.functionCount();
        firstGlobal = index.globalCount();
        costModel = options.fuel().isPresent() ? options.costModel() : null;
        maxCallDepth = options.maxCallDepth();
        int valueType = -1;
        if (options.fuel().isPresent() || options.recordGrowDenials() || maxCallDepth.isPresent()) {
            valueType = type(new byte[] {0x60, 0x00, 0x01, 0x7E});
        }
        fuelGlobal = options.fuel().isPresent()
                ? evidence(FuelMetering.GLOBAL_EXPORT_NAME, options.fuel().getAsLong(), valueType) : -1;
        deniedGlobal = options.recordGrowDenials() ? evidence(Evidence.GROW_DENIED_EXPORT, 0, valueType) : -1;
        depthGlobal = maxCallDepth.isPresent() ? evidence(Evidence.CALL_DEPTH_EXPORT, 0, valueType) : -1;
        memoryGrowFunctions = new int[options.recordGrowDenials() ? index.memoryCount() : 0];
        if (memoryGrowFunctions.length > 0) {
            int growType = type(new byte[] {0x60, 0x01, 0x7F, 0x01, 0x7F});
            for (int m = 0; m < memoryGrowFunctions.length; m++) {
                memoryGrowFunctions[m] = function(growType, memoryGrowBody(m));
            }
        }
        tableGrowFunctions = new int[options.recordGrowDenials() ? index.tableRefTypes.size() : 0];
        for (int t = 0; t < tableGrowFunctions.length; t++) {
            byte[] refType = index.tableRefTypes.get(t);
            WasmOutput growType = new WasmOutput();
            growType.u8(0x60);
            growType.u8(0x02);
            growType.bytes(refType);
            growType.bytes(new byte[] {0x7F, 0x01, 0x7F});
            int growTypeIndex = type(growType.toByteArray());
            tableGrowFunctions[t] = function(growTypeIndex, tableGrowBody(t));
        }
    }

    boolean isEmpty() {
        return globals.isEmpty() && bodies.isEmpty();
    }

    List<byte[]> types() {
        return types;
    }

    List<byte[]> functionTypes() {
        return functionTypes;
    }

    List<byte[]> bodies() {
        return bodies;
    }

    List<byte[]> globals() {
        return globals;
    }

    List<AddedExport> exports() {
        return exports;
    }

    /** The cost model when fuel is metered, else {@code null}. */
    CostModel costModel() {
        return costModel;
    }

    int fuelGlobal() {
        return fuelGlobal;
    }

    int depthGlobal() {
        return depthGlobal;
    }

    OptionalInt maxCallDepth() {
        return maxCallDepth;
    }

    /** The function {@code memory.grow} of memory {@code m} is routed through, or -1 when growth is not recorded. */
    int memoryGrowFunction(int m) {
        return m < memoryGrowFunctions.length ? memoryGrowFunctions[m] : -1;
    }

    /** The function {@code table.grow} of table {@code t} is routed through, or -1 when growth is not recorded. */
    int tableGrowFunction(int t) {
        return t < tableGrowFunctions.length ? tableGrowFunctions[t] : -1;
    }

    /** Whether function bodies must be re-emitted at all. */
    boolean changesCode() {
        return costModel != null || depthGlobal >= 0 || memoryGrowFunctions.length > 0 || tableGrowFunctions.length > 0;
    }

    private int type(byte[] encoded) {
        types.add(encoded);
        return firstType + types.size() - 1;
    }

    private int function(int type, byte[] body) {
        WasmOutput t = new WasmOutput();
        t.u32(type);
        functionTypes.add(t.toByteArray());
        bodies.add(body);
        return firstFunction + bodies.size() - 1;
    }

    /** A mutable i64 global with {@code initial}, exported as {@code name}, and its value function. */
    private int evidence(String name, long initial, int valueType) {
        WasmOutput g = new WasmOutput();
        g.u8(0x7E);
        g.u8(0x01);
        g.u8(0x42);
        g.s64(initial);
        g.u8(0x0B);
        globals.add(g.toByteArray());
        int global = firstGlobal + globals.size() - 1;
        WasmOutput body = new WasmOutput();
        body.u32(0);
        body.u8(0x23);
        body.u32(global);
        body.u8(0x0B);
        int function = function(valueType, body.toByteArray());
        exports.add(new AddedExport(name, 0x03, global));
        exports.add(new AddedExport(Evidence.valueFunction(name), 0x00, function));
        return global;
    }

    /** {@code (func (param i32) (result i32) (local i32) memory.grow m; record -1; return the result)}. */
    private byte[] memoryGrowBody(int memory) {
        WasmOutput b = new WasmOutput();
        b.u32(1);
        b.u32(1);
        b.u8(0x7F);
        b.u8(0x20);
        b.u32(0);
        b.u8(0x40);
        b.u32(memory);
        recordDenial(b, 1);
        return b.toByteArray();
    }

    /** {@code (func (param ref i32) (result i32) (local i32) table.grow t; record -1; return the result)}. */
    private byte[] tableGrowBody(int table) {
        WasmOutput b = new WasmOutput();
        b.u32(1);
        b.u32(1);
        b.u8(0x7F);
        b.u8(0x20);
        b.u32(0);
        b.u8(0x20);
        b.u32(1);
        b.u8(0xFC);
        b.u32(15);
        b.u32(table);
        recordDenial(b, 2);
        return b.toByteArray();
    }

    /** {@code local.tee $r; i32.const -1; i32.eq; if; i64.const 1; global.set $denied; end; local.get $r; end}. */
    private void recordDenial(WasmOutput b, int resultLocal) {
        b.u8(0x22);
        b.u32(resultLocal);
        b.u8(0x41);
        b.u8(0x7F);
        b.u8(0x46);
        b.u8(0x04);
        b.u8(0x40);
        b.u8(0x42);
        b.u8(0x01);
        b.u8(0x24);
        b.u32(deniedGlobal);
        b.u8(0x0B);
        b.u8(0x20);
        b.u32(resultLocal);
        b.u8(0x0B);
    }
}
