package io.github.wasmsandbox.rewrite;

/**
 * Skips one instruction with all its immediates and returns its operator key. Covers MVP, multi-value
 * block types, sign-extension, non-trapping float-to-int, bulk memory, reference types, SIMD (including
 * relaxed SIMD), threads/atomics and tail calls. Everything else is refused with the function index, offset and opcode.
 */
final class InstructionDecoder {

    private InstructionDecoder() {}

    static int next(WasmInput in, int funcIndex, long globalCount) {
        int start = in.pos;
        int op = in.u8();
        if (op <= 0xC4) {
            switch (op) {
                case 0x02: case 0x03: case 0x04:
                    blockType(in, funcIndex, start);
                    return op;
                case 0x06: case 0x07: case 0x08: case 0x09: case 0x0A: case 0x18: case 0x19: case 0x1F:
                    throw refused(funcIndex, start, op, "exception handling is not supported");
                case 0x14: case 0x15:
                    throw refused(funcIndex, start, op, "typed function references are not supported");
                case 0x16: case 0x17: case 0x1D: case 0x1E: case 0x27:
                    throw refused(funcIndex, start, op, "unknown opcode");
                case 0x0C: case 0x0D: case 0x10: case 0x12:
                case 0x20: case 0x21: case 0x22: case 0x25: case 0x26:
                    in.u32();
                    return op;
                case 0x23: case 0x24: {
                    // An out-of-range index would become valid once the fuel global is appended, letting an
                    // invalid module read or refill its own fuel: refuse it.
                    long idx = in.u32();
                    if (idx >= globalCount) {
                        throw refused(funcIndex, start, op, "global index " + idx + " out of range (the module has "
                                + globalCount + " globals; it is invalid)");
                    }
                    return op;
                }
                case 0x0E: {
                    long n = in.u32();
                    for (long i = 0; i <= n; i++) {
                        in.u32();
                    }
                    return op;
                }
                case 0x11: case 0x13:
                    in.u32();
                    in.u32();
                    return op;
                case 0x1C: {
                    long n = in.u32();
                    for (long i = 0; i < n; i++) {
                        valType(in, funcIndex);
                    }
                    return op;
                }
                case 0x3F: case 0x40:
                    memIndex(in);
                    return op;
                case 0x41:
                    in.skipLeb(5);
                    return op;
                case 0x42:
                    in.skipLeb(10);
                    return op;
                case 0x43:
                    in.skip(4);
                    return op;
                case 0x44:
                    in.skip(8);
                    return op;
                default:
                    if (op >= 0x28 && op <= 0x3E) {
                        memArg(in);
                    }
                    return op;
            }
        }
        switch (op) {
            case 0xD0: {
                int heap = in.u8();
                if (heap != 0x70 && heap != 0x6F) {
                    throw refused(funcIndex, start, op, "ref.null of heap type 0x"
                            + Integer.toHexString(heap) + " (GC / function references) is not supported");
                }
                return op;
            }
            case 0xD1:
                return op;
            case 0xD2:
                in.u32();
                return op;
            case 0xFC:
                return prefixedFC(in, funcIndex, start);
            case 0xFD:
                return prefixedFD(in, funcIndex, start);
            case 0xFB:
                throw refused(funcIndex, start, op, "garbage collection is not supported");
            case 0xFE:
                return prefixedFE(in, funcIndex, start);
            default:
                if (op >= 0xD3 && op <= 0xD6) {
                    throw refused(funcIndex, start, op, "typed function references / GC are not supported");
                }
                throw refused(funcIndex, start, op, "unknown opcode");
        }
    }

    private static int prefixedFC(WasmInput in, int funcIndex, int start) {
        long sub = in.u32();
        int key = CostModel.prefixed(0xFC, (int) Math.min(sub, 0xFFFF));
        if (sub <= 7) {
            return key;
        }
        switch ((int) sub) {
            case 8: // memory.init dataidx memidx
                in.u32();
                memIndex(in);
                return key;
            case 9: case 13: case 15: case 16: case 17: // data.drop, elem.drop, table.grow/size/fill
                in.u32();
                return key;
            case 10: // memory.copy dst src
                memIndex(in);
                memIndex(in);
                return key;
            case 11:
                memIndex(in);
                return key;
            case 12: case 14: // table.init elemidx tableidx, table.copy dst src
                in.u32();
                in.u32();
                return key;
            default:
                throw refused(funcIndex, start, key, "unknown 0xFC sub-opcode " + sub);
        }
    }

    private static int prefixedFE(WasmInput in, int funcIndex, int start) {
        long sub = in.u32();
        int key = CostModel.prefixed(0xFE, (int) Math.min(sub, 0xFFFF));
        if (sub == 0x03) { // atomic.fence has one reserved zero byte
            if (in.u8() != 0) {
                throw refused(funcIndex, start, key, "atomic.fence with a non-zero reserved byte");
            }
            return key;
        }
        if (sub <= 0x02 || (sub >= 0x10 && sub <= 0x4E)) { // notify, wait32/64, loads, stores, rmw, cmpxchg
            memArg(in);
            return key;
        }
        throw refused(funcIndex, start, key, "unknown 0xFE (threads) sub-opcode " + sub);
    }

    private static int prefixedFD(WasmInput in, int funcIndex, int start) {
        long sub = in.u32();
        if (sub > 0x113) {
            throw refused(funcIndex, start, CostModel.prefixed(0xFD, (int) Math.min(sub, 0xFFFF)),
                    "unknown SIMD sub-opcode " + sub);
        }
        int s = (int) sub;
        int key = CostModel.prefixed(0xFD, s);
        if (s <= 11 || s == 92 || s == 93) { // loads, load-extend, load-splat, store, load-zero
            memArg(in);
        } else if (s == 12 || s == 13) { // v128.const, i8x16.shuffle
            in.skip(16);
        } else if (s >= 21 && s <= 34) { // extract/replace lane
            in.skip(1);
        } else if (s >= 84 && s <= 91) { // load/store lane
            memArg(in);
            in.skip(1);
        }
        return key;
    }

    private static void memArg(WasmInput in) {
        long align = in.u32();
        if ((align & 0x40) != 0) { // multi-memory: a memory index follows
            in.u32();
        }
        in.skipLeb(10);
    }

    /** A memory index (multi-memory allows any); the bytes are copied unchanged. */
    private static void memIndex(WasmInput in) {
        in.u32();
    }

    private static void blockType(WasmInput in, int funcIndex, int start) {
        int b = in.peek();
        if (b == 0x40 || isValType(b)) {
            in.u8();
            return;
        }
        if ((b & 0xC0) == 0x40) { // a negative single-byte s33 that is no value type
            throw refused(funcIndex, start, b, "unsupported block type 0x" + Integer.toHexString(b));
        }
        in.skipLeb(5); // s33 type index
    }

    static void valType(WasmInput in, int funcIndex) {
        int at = in.pos;
        int b = in.u8();
        if (!isValType(b)) {
            throw new ModuleRewriteException("unsupported value type 0x" + Integer.toHexString(b)
                    + " in function " + funcIndex + " at byte offset " + at
                    + " (GC / typed function references are not supported)");
        }
    }

    static boolean isValType(int b) {
        return b == 0x7F || b == 0x7E || b == 0x7D || b == 0x7C || b == 0x7B || b == 0x70 || b == 0x6F;
    }

    static ModuleRewriteException refused(int funcIndex, int offset, int op, String why) {
        return new ModuleRewriteException("cannot rewrite function " + funcIndex + ": opcode " + Op.name(op)
                + " at byte offset " + offset + ": " + why);
    }
}
