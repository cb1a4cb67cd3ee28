package io.github.wasmsandbox.rewrite;

/**
 * Skips one instruction with all its immediates and returns its operator key. Covers MVP, multi-value
 * block types, sign-extension, non-trapping float-to-int, bulk memory, reference types, SIMD (including
 * relaxed SIMD), threads/atomics, tail calls, exception handling (legacy {@code try/catch/catch_all/delegate/
 * rethrow} and {@code try_table/throw/throw_ref}), typed function references and GC. Everything else is refused
 * with the function index, offset and opcode.
 */
final class InstructionDecoder {

    private InstructionDecoder() {}

    static int next(WasmInput in, int funcIndex, long globalCount) {
        int start = in.pos;
        int op = in.u8();
        if (op <= 0xC4) {
            switch (op) {
                case 0x02: case 0x03: case 0x04: case 0x06: // block, loop, if, legacy try
                    blockType(in, funcIndex, start);
                    return op;
                case 0x1F: { // try_table blocktype vec(catch)
                    blockType(in, funcIndex, start);
                    long n = in.u32();
                    for (long i = 0; i < n; i++) {
                        int kind = in.u8();
                        if (kind > 0x03) {
                            throw refused(funcIndex, start, op, "unknown catch clause kind 0x" + Integer.toHexString(kind));
                        }
                        if (kind <= 0x01) { // catch / catch_ref: tag index
                            in.u32();
                        }
                        in.u32(); // label
                    }
                    return op;
                }
                case 0x0A: case 0x19: // throw_ref, catch_all
                    return op;
                case 0x16: case 0x17: case 0x1D: case 0x1E: case 0x27:
                    throw refused(funcIndex, start, op, "unknown opcode");
                case 0x07: case 0x08: case 0x09: case 0x18: // catch, throw tag; rethrow, delegate label
                case 0x14: case 0x15: // call_ref, return_call_ref type index
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
            case 0xD0:
                heapType(in);
                return op;
            case 0xD1: case 0xD3: case 0xD4: // ref.is_null, ref.eq, ref.as_non_null
                return op;
            case 0xD2: case 0xD5: case 0xD6: // ref.func; br_on_null, br_on_non_null label
                in.u32();
                return op;
            case 0xFC:
                return prefixedFC(in, funcIndex, start);
            case 0xFD:
                return prefixedFD(in, funcIndex, start);
            case 0xFB:
                return prefixedFB(in, funcIndex, start);
            case 0xFE:
                return prefixedFE(in, funcIndex, start);
            default:
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

    /** GC operators: type, field, data, element indices and heap types. */
    private static int prefixedFB(WasmInput in, int funcIndex, int start) {
        long sub = in.u32();
        int key = CostModel.prefixed(0xFB, (int) Math.min(sub, 0xFFFF));
        switch ((int) Math.min(sub, 0xFFFF)) {
            case 0: case 1: case 6: case 7: case 11: case 12: case 13: case 14: case 16:
                in.u32(); // struct.new(_default), array.new(_default), array.get(_s/_u), array.set, array.fill: type
                return key;
            case 2: case 3: case 4: case 5: // struct.get(_s/_u), struct.set: type field
            case 8: case 9: case 10: // array.new_fixed type n, array.new_data type data, array.new_elem type elem
            case 17: case 18: case 19: // array.copy type type, array.init_data type data, array.init_elem type elem
                in.u32();
                in.u32();
                return key;
            case 15: case 26: case 27: case 28: case 29: case 30:
                return key; // array.len, any.convert_extern, extern.convert_any, ref.i31, i31.get_s/u
            case 20: case 21: case 22: case 23: // ref.test (null), ref.cast (null): heap type
                heapType(in);
                return key;
            case 24: case 25: { // br_on_cast(_fail): cast flags, label, two heap types
                int flags = in.u8();
                if (flags > 3) {
                    throw refused(funcIndex, start, key, "unknown cast flags 0x" + Integer.toHexString(flags));
                }
                in.u32();
                heapType(in);
                heapType(in);
                return key;
            }
            default:
                throw refused(funcIndex, start, key, "unknown 0xFB (GC) sub-opcode " + sub);
        }
    }

    /** A heap type: an abstract one (a negative one-byte s33) or a type index (a non-negative s33). */
    static void heapType(WasmInput in) {
        in.skipLeb(5);
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
        if (b == 0x63 || b == 0x64) { // (ref null ht) / (ref ht)
            in.u8();
            heapType(in);
            return;
        }
        if ((b & 0xC0) == 0x40) { // a negative single-byte s33 that is no value type
            throw refused(funcIndex, start, b, "unsupported block type 0x" + Integer.toHexString(b));
        }
        in.skipLeb(5); // s33 type index
    }

    /**
     * A value type: a number or vector type, an abstract reference type shorthand ({@code funcref},
     * {@code externref}, {@code exnref}, {@code anyref}, {@code eqref}, {@code i31ref}, {@code structref},
     * {@code arrayref} and the bottom types), or {@code (ref null ht)} / {@code (ref ht)} with an s33 heap type.
     */
    static void valType(WasmInput in, int funcIndex) {
        int at = in.pos;
        int b = in.u8();
        if (b == 0x63 || b == 0x64) {
            heapType(in);
            return;
        }
        if (!isValType(b)) {
            throw new ModuleRewriteException("unsupported value type 0x" + Integer.toHexString(b)
                    + " in function " + funcIndex + " at byte offset " + at);
        }
    }

    /** A one-byte value type (number, vector or abstract reference type shorthand). */
    static boolean isValType(int b) {
        return b == 0x7F || b == 0x7E || b == 0x7D || b == 0x7C || b == 0x7B || b == 0x70 || b == 0x6F
                || (b >= 0x69 && b <= 0x6E) || (b >= 0x71 && b <= 0x74);
    }

    static ModuleRewriteException refused(int funcIndex, int offset, int op, String why) {
        return new ModuleRewriteException("cannot rewrite function " + funcIndex + ": opcode " + Op.name(op)
                + " at byte offset " + offset + ": " + why);
    }
}
