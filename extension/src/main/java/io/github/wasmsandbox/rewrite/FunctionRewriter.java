package io.github.wasmsandbox.rewrite;

import java.util.Arrays;

/** Decodes one function body and re-emits it with fuel charges (see {@link ModuleRewriter}). */
final class FunctionRewriter {
    private final byte[] wasm;
    private final int start;
    private final int end;
    private final int funcIndex;
    private static final int CALL = 0x10;
    private static final int CALL_INDIRECT = 0x11;

    private final long paramCount;
    private final CostModel model;
    private final int fuelGlobal;
    private final int globalCount;
    private final int importedFunctions;
    private final Injection inject;

    /**
     * @param globalCount the module's own globals (an index at or above it is invalid before rewriting)
     * @param importedFunctions the number of imported functions (calls to them are not counted as depth)
     */
    FunctionRewriter(byte[] wasm, int start, int end, int funcIndex, long paramCount, int globalCount,
            int importedFunctions, Injection inject) {
        this.paramCount = paramCount;
        this.wasm = wasm;
        this.start = start;
        this.end = end;
        this.funcIndex = funcIndex;
        this.model = inject.costModel();
        this.fuelGlobal = inject.fuelGlobal();
        this.globalCount = globalCount;
        this.importedFunctions = importedFunctions;
        this.inject = inject;
    }

    byte[] rewrite() {
        WasmInput in = new WasmInput(wasm, start, end);
        long groups = in.u32();
        long localCount = paramCount;
        for (long g = 0; g < groups; g++) {
            localCount += in.u32();
            InstructionDecoder.valType(in, funcIndex);
        }
        int localsEnd = in.pos;

        // Decode every instruction: offsets[i] is where instruction i starts, ops[i] its key.
        int[] offsets = new int[64];
        int[] ops = new int[64];
        int count = 0;
        int depth = 0;
        while (true) {
            if (!in.hasMore()) {
                throw new ModuleRewriteException("malformed function " + funcIndex
                        + ": body ends without its final end at byte offset " + in.pos);
            }
            if (count == ops.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
                ops = Arrays.copyOf(ops, count * 2);
            }
            offsets[count] = in.pos;
            int op = InstructionDecoder.next(in, funcIndex, globalCount);
            ops[count++] = op;
            if (op == Op.BLOCK || op == Op.LOOP || op == Op.IF) {
                depth++;
            } else if (op == Op.END) {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
        }
        if (in.hasMore()) {
            throw new ModuleRewriteException("malformed function " + funcIndex
                    + ": bytes after the final end at byte offset " + in.pos);
        }

        WasmOutput out = new WasmOutput();
        if (!inject.changesCode()) {
            out.bytes(wasm, start, end);
            return out.toByteArray();
        }

        boolean needsScratch = false;
        for (int i = 0; i < count && model != null; i++) {
            if (Op.isSized(ops[i]) && model.sizeChargeShift(ops[i]) >= 0) {
                needsScratch = true;
                break;
            }
        }
        long scratch = localCount;
        if (needsScratch) {
            if (localCount + 1 > 50_000) {
                throw new ModuleRewriteException("function " + funcIndex + " has too many locals to add a scratch one");
            }
            out.u32(groups + 1);
            WasmInput locals = new WasmInput(wasm, start, localsEnd);
            locals.u32();
            out.bytes(wasm, locals.pos, localsEnd);
            out.u32(1);
            out.u8(0x7F);
        } else {
            out.bytes(wasm, start, localsEnd);
        }

        // Segment costs: costs[i] is the static cost of the segment that starts at instruction i.
        long[] costs = new long[count];
        boolean[] segmentStart = new boolean[count];
        int segment = 0;
        segmentStart[0] = true;
        for (int i = 0; i < count && model != null; i++) {
            long c = model.cost(ops[i]);
            if (c < 0) {
                throw new IllegalArgumentException("cost model returned a negative cost " + c + " for opcode "
                        + Op.name(ops[i]));
            }
            costs[segment] = Math.addExact(costs[segment], c);
            if (endsSegment(ops[i]) && i + 1 < count) {
                segment = i + 1;
                segmentStart[segment] = true;
            }
        }

        for (int i = 0; i < count; i++) {
            if (model != null && segmentStart[i] && costs[i] > 0) {
                charge(out, costs[i]);
            }
            if (model != null && Op.isSized(ops[i])) {
                int shift = model.sizeChargeShift(ops[i]);
                if (shift >= 0) {
                    chargeSize(out, scratch, shift);
                }
            }
            int to = i + 1 < count ? offsets[i + 1] : end;
            emit(out, ops[i], offsets[i], to);
        }
        return out.toByteArray();
    }

    /**
     * Emits one instruction: as it is, or a {@code memory.grow}/{@code table.grow} routed through the injected
     * function that records a refused growth, or a call wrapped in the call-depth count.
     */
    private void emit(WasmOutput out, int op, int from, int to) {
        if (op == Op.MEMORY_GROW) {
            WasmInput in = new WasmInput(wasm, from + 1, to);
            int grow = inject.memoryGrowFunction(in.u32AsInt("memory index"));
            if (grow >= 0) {
                out.u8(CALL);
                out.u32(grow);
                return;
            }
        } else if (op == Op.TABLE_GROW) {
            WasmInput in = new WasmInput(wasm, from + 1, to);
            in.u32();
            int grow = inject.tableGrowFunction(in.u32AsInt("table index"));
            if (grow >= 0) {
                out.u8(CALL);
                out.u32(grow);
                return;
            }
        } else if (inject.depthGlobal() >= 0 && (op == CALL_INDIRECT
                || (op == CALL && new WasmInput(wasm, from + 1, to).u32() >= importedFunctions))) {
            enterCall(out);
            out.bytes(wasm, from, to);
            leaveCall(out);
            return;
        }
        out.bytes(wasm, from, to);
    }

    /** {@code depth += 1; if (depth > max) unreachable}: the callee's arguments stay on the stack. */
    private void enterCall(WasmOutput out) {
        int depth = inject.depthGlobal();
        out.u8(0x23);
        out.u32(depth);
        out.u8(0x42);
        out.u8(0x01);
        out.u8(0x7C); // i64.add
        out.u8(0x24);
        out.u32(depth);
        out.u8(0x23);
        out.u32(depth);
        out.u8(0x42);
        out.s64(inject.maxCallDepth().getAsInt());
        out.u8(0x56); // i64.gt_u
        out.u8(0x04);
        out.u8(0x40);
        out.u8(0x00); // unreachable
        out.u8(0x0B);
    }

    /** {@code depth -= 1} after the call returned: its results stay on the stack. */
    private void leaveCall(WasmOutput out) {
        int depth = inject.depthGlobal();
        out.u8(0x23);
        out.u32(depth);
        out.u8(0x42);
        out.u8(0x01);
        out.u8(0x7D); // i64.sub
        out.u8(0x24);
        out.u32(depth);
    }

    private static boolean endsSegment(int op) {
        switch (op) {
            case Op.LOOP:
            case Op.IF:
            case Op.ELSE:
            case Op.END:
            case Op.BR:
            case Op.BR_IF:
            case Op.BR_TABLE:
            case Op.RETURN:
            case Op.RETURN_CALL:
            case Op.RETURN_CALL_INDIRECT:
            case Op.UNREACHABLE:
                return true;
            default:
                return false;
        }
    }

    private void charge(WasmOutput out, long cost) {
        out.u8(0x23);
        out.u32(fuelGlobal);
        out.u8(0x42);
        out.s64(cost);
        out.u8(0x7D); // i64.sub
        out.u8(0x24);
        out.u32(fuelGlobal);
        check(out);
    }

    private void chargeSize(WasmOutput out, long scratch, int shift) {
        out.u8(0x22); // local.tee: the size operand stays on the stack
        out.u32(scratch);
        out.u8(0x23);
        out.u32(fuelGlobal);
        out.u8(0x20);
        out.u32(scratch);
        out.u8(0xAD); // i64.extend_i32_u
        if (shift > 0) {
            out.u8(0x42);
            out.s64(shift);
            out.u8(0x88); // i64.shr_u
        }
        out.u8(0x7D);
        out.u8(0x24);
        out.u32(fuelGlobal);
        check(out);
    }

    private void check(WasmOutput out) {
        out.u8(0x23);
        out.u32(fuelGlobal);
        out.u8(0x42);
        out.u8(0x00);
        out.u8(0x53); // i64.lt_s
        out.u8(0x04);
        out.u8(0x40);
        out.u8(0x00); // unreachable
        out.u8(0x0B);
    }
}
