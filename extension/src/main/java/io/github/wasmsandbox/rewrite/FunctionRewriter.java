package io.github.wasmsandbox.rewrite;

import java.util.Arrays;
import java.util.BitSet;

/** Decodes one function body and re-emits it with fuel charges (see {@link ModuleRewriter}). */
final class FunctionRewriter {
    private final byte[] wasm;
    private final int start;
    private final int end;
    private final int funcIndex;
    private static final int CALL = Op.CALL;
    private static final int CALL_INDIRECT = Op.CALL_INDIRECT;
    private static final long[] NO_LABELS = new long[0];
    /** The most locals the rewriter lets a function have once it added its own; the fuel counter's gives way first. */
    private static final int MAX_LOCALS = 50_000;

    private final long paramCount;
    private final long typeIndex;
    private final CostModel model;
    private final int fuelGlobal;
    private final int globalCount;
    private final int importedFunctions;
    private final Injection inject;

    // What decode() found.
    private long groups;
    private long localCount;
    private int localsEnd;
    private int[] offsets;
    private int[] ops;
    private int count;
    private final BitSet landAfterEnd = new BitSet(); // openers whose end is a catch target
    private final BitSet landingLoops = new BitSet(); // loop openers whose header is a catch target
    private final BitSet landing = new BitSet(); // instructions a caught exception resumes before
    private final BitSet callInTry = new BitSet(); // calls that may return by an exception caught here
    private final BitSet leaves = new BitSet(); // return, throws, branches to the function's label, the final end
    private final Edges branches = new Edges(); // branch instruction -> the opener of the block it targets
    private final Edges arms = new Edges(); // else, catch, catch_all, end, delegate -> the opener of its block
    private boolean hasTry;
    private boolean catchesToFunction; // a try_table catch clause targets the function's own label
    private boolean hasLoop;
    private boolean tailCalls;
    // What rewrite() computed for emit().
    private long[] costs;
    private boolean[] segmentStart;
    private boolean needsScratch;

    /**
     * @param globalCount the module's own globals (an index at or above it is invalid before rewriting)
     * @param importedFunctions the number of imported functions (calls to them are not counted as depth)
     */
    FunctionRewriter(byte[] wasm, int start, int end, int funcIndex, long typeIndex, long paramCount, int globalCount,
            int importedFunctions, Injection inject) {
        this.paramCount = paramCount;
        this.typeIndex = typeIndex;
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
        decode();
        if (!inject.changesCode()) {
            WasmOutput out = new WasmOutput();
            out.bytes(wasm, start, end);
            return out.toByteArray();
        }
        // Segment costs: costs[i] is the static cost of the segment that starts at instruction i.
        costs = new long[count];
        segmentStart = new boolean[count];
        int segment = 0;
        segmentStart[0] = true;
        boolean charges = false;
        for (int i = 0; i < count && model != null; i++) {
            long c = model.cost(ops[i]);
            if (c < 0) {
                throw new IllegalArgumentException("cost model returned a negative cost " + c + " for opcode "
                        + Op.name(ops[i]));
            }
            costs[segment] = Math.addExact(costs[segment], c);
            charges |= costs[segment] > 0;
            if (Op.isSized(ops[i]) && model.sizeChargeShift(ops[i]) >= 0) {
                needsScratch = true;
                charges = true;
            }
            if ((endsSegment(ops[i]) || callInTry.get(i)) && i + 1 < count) {
                segment = i + 1;
                segmentStart[segment] = true;
            }
        }
        // The local pays off where charges repeat, in loops; elsewhere its load on entry and write-back at the exit
        // cost about what they save (measured: slower on loop-free recursion). Tail calls: see FuelCounter.LOCAL.
        int otherLocals = (needsScratch ? 1 : 0) + (hasTry && inject.depthGlobal() >= 0 ? 1 : 0);
        boolean localCounter = charges && hasLoop && !tailCalls && inject.fuelCounter() == FuelCounter.LOCAL
                && localCount + otherLocals < MAX_LOCALS;
        return emit(localCounter);
    }

    /**
     * Decodes every instruction: {@code offsets[i]} is where instruction i starts, {@code ops[i]} its key, and
     * records the control structure the charges and the counter's write-backs depend on.
     */
    private void decode() {
        WasmInput in = new WasmInput(wasm, start, end);
        groups = in.u32();
        localCount = paramCount;
        for (long g = 0; g < groups; g++) {
            localCount += in.u32();
            InstructionDecoder.valType(in, funcIndex);
        }
        localsEnd = in.pos;
        offsets = new int[64];
        ops = new int[64];
        count = 0;
        // The open blocks (block, loop, if, try, try_table), by the index of their opening instruction.
        int[] control = new int[16];
        int depth = 0;
        int tries = 0; // open try / try_table blocks
        boolean[] tryBlock = new boolean[16];
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
            ops[count] = op;
            if (op == Op.TRY_TABLE) {
                hasTry = true;
                // Catch labels are resolved outside the try_table: label 0 is the innermost block around it.
                for (long label : catchLabels(offsets[count])) {
                    if (label == depth) {
                        catchesToFunction = true;
                    } else if (label < depth) {
                        int opener = control[depth - 1 - (int) label];
                        if (ops[opener] == Op.LOOP) {
                            landing.set(opener + 1);
                            landingLoops.set(opener);
                        } else {
                            landAfterEnd.set(opener);
                        }
                    } else {
                        throw new ModuleRewriteException("malformed function " + funcIndex + ": catch label " + label
                                + " out of range at byte offset " + offsets[count]);
                    }
                }
            } else if (op == Op.CATCH || op == Op.CATCH_ALL) {
                landing.set(count + 1);
            } else if ((op == CALL || op == CALL_INDIRECT || op == Op.CALL_REF) && tries > 0) {
                callInTry.set(count);
            }
            hasLoop |= op == Op.LOOP;
            tailCalls |= op == Op.RETURN_CALL || op == Op.RETURN_CALL_INDIRECT || op == Op.RETURN_CALL_REF;
            if (op == Op.RETURN || op == Op.THROW || op == Op.THROW_REF || op == Op.RETHROW) {
                leaves.set(count);
            }
            long[] labels = branchLabels(op, offsets[count]);
            for (long label : labels) {
                if (label < depth) {
                    branches.add(count, control[depth - 1 - (int) label]);
                } else {
                    // The function's label (a return); beyond it the module is invalid and its runtime refuses it.
                    leaves.set(count);
                }
            }
            if ((op == Op.ELSE || op == Op.CATCH || op == Op.CATCH_ALL) && depth > 0) {
                arms.add(count, control[depth - 1]);
            }
            if (op == Op.BLOCK || op == Op.LOOP || op == Op.IF || op == Op.TRY || op == Op.TRY_TABLE) {
                if (depth == control.length) {
                    control = Arrays.copyOf(control, depth * 2);
                    tryBlock = Arrays.copyOf(tryBlock, depth * 2);
                }
                boolean isTry = op == Op.TRY || op == Op.TRY_TABLE;
                hasTry |= isTry;
                tries += isTry ? 1 : 0;
                tryBlock[depth] = isTry;
                control[depth++] = count;
            } else if (op == Op.END || op == Op.DELEGATE) {
                if (depth == 0) {
                    if (op == Op.DELEGATE) {
                        throw new ModuleRewriteException("malformed function " + funcIndex
                                + ": delegate outside a try at byte offset " + offsets[count]);
                    }
                    leaves.set(count);
                    count++;
                    break;
                }
                arms.add(count, control[depth - 1]);
                depth--;
                tries -= tryBlock[depth] ? 1 : 0;
                if (landAfterEnd.get(control[depth])) {
                    landing.set(count + 1);
                }
            }
            count++;
        }
        if (in.hasMore()) {
            throw new ModuleRewriteException("malformed function " + funcIndex
                    + ": bytes after the final end at byte offset " + in.pos);
        }
    }

    /**
     * Where a function that keeps its fuel count in a local must write it back to the global, so that the global is
     * right whenever anything else can read it, and right at every catch landing, which reloads the local from it:
     * before leaving the frame (return, the final end, a branch to the function's label, a throw), and before
     * every way of reaching a catch landing without an exception (falling into it, branching to it). Calls and
     * instructions that may trap are added while emitting.
     */
    private BitSet writeBacks() {
        BitSet sync = (BitSet) leaves.clone();
        for (int e = 0; e < branches.size; e++) {
            int target = branches.to[e];
            if (landAfterEnd.get(target) || landingLoops.get(target)) {
                sync.set(branches.from[e]);
            }
        }
        for (int e = 0; e < arms.size; e++) {
            if (landAfterEnd.get(arms.to[e])) {
                sync.set(arms.from[e]); // the arm ends, and control goes on after the block's end
            }
        }
        for (int opener = landAfterEnd.nextSetBit(0); opener >= 0; opener = landAfterEnd.nextSetBit(opener + 1)) {
            if (ops[opener] == Op.IF) {
                sync.set(opener); // a false condition without an else arm goes straight to the end
            }
        }
        sync.or(landingLoops); // falling into a loop whose header is a catch landing
        return sync;
    }

    /**
     * Emits the body with its charges. With {@code localCounter}, the count lives in an added {@code i64} local:
     * loaded from the global on entry, written back at every point of {@link #writeBacks()}, before every call and
     * every instruction that may trap, and when fuel runs out; reloaded after every call and at every catch landing.
     * Within a segment nothing but a charge changes the local, and every instruction that can be reached other than
     * by falling through from the previous one starts a segment, so whether the global is up to date is known at
     * each instruction from the straight line before it.
     */
    private byte[] emit(boolean localCounter) {
        WasmOutput out = new WasmOutput();
        long scratch = localCount;
        // With a call-depth counter, a function with a try keeps its entry depth in an added i64 local and puts it
        // back wherever a caught exception lands (see restoreDepth).
        boolean depthLocal = hasTry && inject.depthGlobal() >= 0;
        long savedDepth = localCount + (needsScratch ? 1 : 0);
        long counter = savedDepth + (depthLocal ? 1 : 0);
        int addedLocals = (needsScratch ? 1 : 0) + (depthLocal ? 1 : 0) + (localCounter ? 1 : 0);
        if (addedLocals > 0) {
            if (localCount + addedLocals > MAX_LOCALS) {
                throw new ModuleRewriteException("function " + funcIndex + " has " + localCount + " locals, too many"
                        + " to add the " + addedLocals + " that size charges and the call depth need (at most "
                        + MAX_LOCALS + " in all); split the function, or rewrite without size charges and call depth");
            }
            out.u32(groups + addedLocals);
            WasmInput locals = new WasmInput(wasm, start, localsEnd);
            locals.u32();
            out.bytes(wasm, locals.pos, localsEnd);
            if (needsScratch) {
                out.u32(1);
                out.u8(0x7F);
            }
            if (depthLocal) {
                out.u32(1);
                out.u8(0x7E);
            }
            if (localCounter) {
                out.u32(1);
                out.u8(0x7E);
            }
        } else {
            out.bytes(wasm, start, localsEnd);
        }
        boolean wrap = depthLocal && catchesToFunction;
        if (localCounter) {
            reload(out, counter);
        }
        if (depthLocal) {
            out.u8(0x23); // global.get $depth; local.set $saved
            out.u32(inject.depthGlobal());
            out.u8(0x21);
            out.u32(savedDepth);
        }
        if (wrap) {
            // A catch that targets the function's label returns to the caller, whose depth -= 1 must start from
            // this frame's depth: the body goes into a block of the function's own type (its parameters pushed and
            // dropped again), so that such a catch lands at the block's end, where the depth is restored.
            for (long p = 0; p < paramCount; p++) {
                out.u8(0x20);
                out.u32(p);
            }
            out.u8(0x02);
            out.s64(typeIndex);
            for (long p = 0; p < paramCount; p++) {
                out.u8(0x1A);
            }
        }
        BitSet sync = localCounter ? writeBacks() : null;
        boolean synced = true; // whether the global holds the local's value (always, without a local counter)
        for (int i = 0; i < count; i++) {
            int op = ops[i];
            boolean call = op == CALL || op == CALL_INDIRECT || op == Op.CALL_REF;
            if (segmentStart[i] && i > 0) {
                synced = !localCounter;
            }
            if (localCounter && landing.get(i)) {
                reload(out, counter); // a caught exception: the frame that threw wrote its count back
                synced = true;
            }
            if (model != null && segmentStart[i] && costs[i] > 0) {
                if (localCounter) {
                    chargeLocal(out, counter, costs[i]);
                    synced = false;
                } else {
                    charge(out, costs[i]);
                }
            }
            if (model != null && Op.isSized(op)) {
                int shift = model.sizeChargeShift(op);
                if (shift >= 0) {
                    if (localCounter) {
                        chargeSizeLocal(out, scratch, counter, shift);
                        synced = false;
                    } else {
                        chargeSize(out, scratch, shift);
                    }
                }
            }
            if (depthLocal && landing.get(i)) {
                restoreDepth(out, savedDepth);
            }
            if (!synced && (sync.get(i) || call || Op.mayTrap(op))) {
                writeBack(out, counter);
                synced = true;
            }
            if (wrap && i == count - 1) {
                out.u8(0x0B);
                restoreDepth(out, savedDepth);
            }
            int to = i + 1 < count ? offsets[i + 1] : end;
            emit(out, op, offsets[i], to);
            if (localCounter && call) {
                reload(out, counter); // the callee charged the global
                synced = true;
            }
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
        } else if (inject.depthGlobal() >= 0 && (op == CALL_INDIRECT || op == Op.CALL_REF
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

    /**
     * {@code depth = saved}: where a caught exception lands. The frames the exception unwound never ran their
     * {@code depth -= 1}, but within one frame the depth between calls is always the frame's entry depth.
     */
    private void restoreDepth(WasmOutput out, long savedDepth) {
        out.u8(0x20);
        out.u32(savedDepth);
        out.u8(0x24);
        out.u32(inject.depthGlobal());
    }

    /** The labels of a try_table's catch clauses (the instruction at {@code at}). */
    private long[] catchLabels(int at) {
        WasmInput in = new WasmInput(wasm, at + 1, end);
        int b = in.peek();
        if (b == 0x63 || b == 0x64) {
            in.u8();
            InstructionDecoder.heapType(in);
        } else if (b == 0x40 || InstructionDecoder.isValType(b)) {
            in.u8();
        } else {
            in.skipLeb(5);
        }
        int n = in.u32AsInt("catch count");
        long[] labels = new long[n];
        for (int i = 0; i < n; i++) {
            if (in.u8() <= 0x01) {
                in.u32();
            }
            labels[i] = in.u32();
        }
        return labels;
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
            case Op.RETURN_CALL_REF:
            case Op.UNREACHABLE:
            case Op.THROW:
            case Op.THROW_REF:
            case Op.RETHROW:
            case Op.CATCH:
            case Op.CATCH_ALL:
            case Op.DELEGATE:
            case Op.BR_ON_NULL:
            case Op.BR_ON_NON_NULL:
            case Op.BR_ON_CAST:
            case Op.BR_ON_CAST_FAIL:
                return true;
            default:
                return false;
        }
    }

    /** The global counter: {@code fuel -= cost}, then the check. */
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

    /** The local counter: {@code counter -= cost}; when it is negative, write it back and trap. */
    private void chargeLocal(WasmOutput out, long counter, long cost) {
        out.u8(0x20);
        out.u32(counter);
        out.u8(0x42);
        out.s64(cost);
        out.u8(0x7D); // i64.sub
        out.u8(0x22); // local.tee
        out.u32(counter);
        checkLocal(out, counter);
    }

    /** The local counter: {@code counter -= size >>> shift}, the size operand staying on the stack. */
    private void chargeSizeLocal(WasmOutput out, long scratch, long counter, int shift) {
        out.u8(0x22); // local.tee: the size operand stays on the stack
        out.u32(scratch);
        out.u8(0x20);
        out.u32(counter);
        out.u8(0x20);
        out.u32(scratch);
        out.u8(0xAD); // i64.extend_i32_u
        if (shift > 0) {
            out.u8(0x42);
            out.s64(shift);
            out.u8(0x88); // i64.shr_u
        }
        out.u8(0x7D);
        out.u8(0x22);
        out.u32(counter);
        checkLocal(out, counter);
    }

    /** {@code i64.const 0  i64.lt_s  if  local.get $counter  global.set $fuel  unreachable  end}. */
    private void checkLocal(WasmOutput out, long counter) {
        out.u8(0x42);
        out.u8(0x00);
        out.u8(0x53); // i64.lt_s
        out.u8(0x04);
        out.u8(0x40);
        out.u8(0x20);
        out.u32(counter);
        out.u8(0x24);
        out.u32(fuelGlobal);
        out.u8(0x00); // unreachable
        out.u8(0x0B);
    }

    /** {@code local.get $counter  global.set $fuel}. */
    private void writeBack(WasmOutput out, long counter) {
        out.u8(0x20);
        out.u32(counter);
        out.u8(0x24);
        out.u32(fuelGlobal);
    }

    /** {@code global.get $fuel  local.set $counter}. */
    private void reload(WasmOutput out, long counter) {
        out.u8(0x23);
        out.u32(fuelGlobal);
        out.u8(0x21);
        out.u32(counter);
    }

    /** The labels a branch instruction at {@code at} may jump to (none for other instructions). */
    private long[] branchLabels(int op, int at) {
        switch (op) {
            case Op.BR:
            case Op.BR_IF:
            case Op.BR_ON_NULL:
            case Op.BR_ON_NON_NULL:
                return new long[] {new WasmInput(wasm, at + 1, end).u32()};
            case Op.BR_TABLE: {
                WasmInput in = new WasmInput(wasm, at + 1, end);
                int n = in.u32AsInt("br_table label count");
                long[] labels = new long[n + 1];
                for (int i = 0; i <= n; i++) {
                    labels[i] = in.u32();
                }
                return labels;
            }
            case Op.BR_ON_CAST:
            case Op.BR_ON_CAST_FAIL: {
                WasmInput in = new WasmInput(wasm, at + 1, end);
                in.u32(); // sub-opcode
                in.u8(); // cast flags
                return new long[] {in.u32()};
            }
            default:
                return NO_LABELS;
        }
    }

    /** Pairs of instruction indices, appended in order. */
    private static final class Edges {
        int[] from = new int[8];
        int[] to = new int[8];
        int size;

        void add(int f, int t) {
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
            }
            from[size] = f;
            to[size++] = t;
        }
    }
}
