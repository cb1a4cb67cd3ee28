package io.github.wasmsandbox.rewrite;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Decodes one function body and re-emits it with fuel charges and the call-depth count (see
 * {@link ModuleRewriter}). Construction decodes; {@link #rewrite(boolean)} emits.
 */
final class FunctionRewriter {
    private final byte[] wasm;
    private final int start;
    private final int end;
    private final int funcIndex;
    /**
     * How many units a loop body may charge to a balance kept in a local before it writes the balance to the global:
     * what a guest stopped from outside can show less than it consumed (plus one iteration).
     */
    static final long FLUSH_INTERVAL = 10_000;
    private static final int CALL = Op.CALL;
    private static final int CALL_INDIRECT = Op.CALL_INDIRECT;

    private final long paramCount;
    private final long typeIndex;
    private final CostModel model;
    private final int fuelGlobal;
    private final int globalCount;
    private final int importedFunctions;
    private final Injection inject;

    // What decoding found.
    private long groups;
    private long localCount;
    private int localsEnd;
    private int[] offsets;
    private int[] ops;
    private int count;
    private final BitSet landing = new BitSet(); // instructions a caught exception resumes before
    private final BitSet callInTry = new BitSet(); // calls that may return by an exception caught here
    // return, throw, tail call, the final end and (when fuel is metered) every branch to the function's label
    private final BitSet leavesFrame = new BitSet();
    private boolean hasTry;
    private boolean catchesToFunction; // a try_table catch clause targets the function's own label
    private boolean hasTailCall;
    private boolean hasLoop;
    // The added local that holds the fuel balance in the body being emitted, or -1.
    private long fuelSlot = -1;
    /** The added i64 local below which a loop body's charge writes the balance to the global, or -1. */
    private long flushSlot = -1;

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
        decode();
    }

    /** Whether the body contains a {@code return_call}, {@code return_call_indirect} or {@code return_call_ref}. */
    boolean hasTailCall() {
        return hasTailCall;
    }

    private void decode() {
        WasmInput in = new WasmInput(wasm, start, end);
        groups = in.u32();
        localCount = paramCount;
        for (long g = 0; g < groups; g++) {
            localCount += in.u32();
            InstructionDecoder.valType(in, funcIndex);
        }
        localsEnd = in.pos;

        // Decode every instruction: offsets[i] is where instruction i starts, ops[i] its key.
        offsets = new int[64];
        ops = new int[64];
        count = 0;
        // The open blocks (block, loop, if, try, try_table), by the index of their opening instruction.
        int[] control = new int[16];
        int depth = 0;
        int tries = 0; // open try / try_table blocks
        boolean[] tryBlock = new boolean[16];
        // Exception landings: where a caught exception resumes (see restoreDepth).
        BitSet landAfterEnd = new BitSet(); // openers whose end is a catch target
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
            } else if (op == Op.RETURN_CALL || op == Op.RETURN_CALL_INDIRECT || op == Op.RETURN_CALL_REF) {
                hasTailCall = true;
                leavesFrame.set(count);
            } else if (op == Op.RETURN || op == Op.THROW || op == Op.THROW_REF) {
                leavesFrame.set(count);
            } else if (model != null && isBranch(op)) {
                for (long label : branchLabels(offsets[count], op)) {
                    if (label == depth) {
                        leavesFrame.set(count);
                    }
                }
            }
            hasLoop |= op == Op.LOOP;
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
                    leavesFrame.set(count);
                    count++;
                    break;
                }
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
     * Re-emits the body.
     *
     * @param balanceInLocals whether this function may keep the fuel balance in an added local (the module has no
     *     tail calls, see {@link ModuleRewriter})
     * @param mergeRegions whether a segment that always follows a construct is charged with the segment the
     *     construct opens in (see {@link #mergeContinuations})
     */
    byte[] rewrite(boolean balanceInLocals, boolean mergeRegions) {
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
        // With a call-depth counter, a function with a try keeps its entry depth in an added i64 local and puts it
        // back wherever a caught exception lands (see restoreDepth).
        boolean depthLocal = hasTry && inject.depthGlobal() >= 0;
        // A function with a loop keeps its fuel balance in an added i64 local, unless it has a try (a caught
        // exception would land with a stale local); the global is written where a host or another frame can read
        // it. A function without a loop charges a few segments per call, and writing the global at its calls and
        // its exit costs a compiler more than the charges on the global do (measured on fib, docs/rewriting.md).
        boolean fuelInLocal = model != null && balanceInLocals && !hasTry && hasLoop;
        long scratch = localCount;
        long savedDepth = localCount + (needsScratch ? 1 : 0);
        long fuel = savedDepth + (depthLocal ? 1 : 0);
        fuelSlot = fuelInLocal ? fuel : -1;
        flushSlot = fuelInLocal ? fuel + 1 : -1;
        int addedGroups = (needsScratch ? 1 : 0) + (depthLocal ? 1 : 0) + (fuelInLocal ? 1 : 0);
        int addedLocals = addedGroups + (fuelInLocal ? 1 : 0); // the fuel group holds the balance and its mark
        if (addedLocals > 0) {
            if (localCount + addedLocals > 50_000) {
                throw new ModuleRewriteException("function " + funcIndex + " has too many locals (" + localCount
                        + ") to add the " + addedLocals + " the limits need (at most 50000 in all)");
            }
            out.u32(groups + addedGroups);
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
            if (fuelInLocal) {
                out.u32(2);
                out.u8(0x7E);
            }
        } else {
            out.bytes(wasm, start, localsEnd);
        }
        boolean wrap = depthLocal && catchesToFunction;
        if (depthLocal) {
            out.u8(0x23); // global.get $depth; local.set $saved
            out.u32(inject.depthGlobal());
            out.u8(0x21);
            out.u32(savedDepth);
        }
        if (fuelInLocal) {
            reloadFuel(out);
            resetFlush(out);
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

        // Segment costs: costs[i] is the static cost of the segment that starts at instruction i; written[i] whether
        // a balance kept in a local is also written to the global there (the segment may trap), loopBody[i] whether
        // the segment is a loop body, which writes it at least every FLUSH_INTERVAL units.
        long[] costs = new long[count];
        boolean[] segmentStart = new boolean[count];
        boolean[] written = new boolean[count];
        boolean[] loopBody = new boolean[count];
        int segment = 0;
        segmentStart[0] = true;
        for (int i = 0; i < count && model != null; i++) {
            long c = model.cost(ops[i]);
            if (c < 0) {
                throw new IllegalArgumentException("cost model returned a negative cost " + c + " for opcode "
                        + Op.name(ops[i]));
            }
            costs[segment] = Math.addExact(costs[segment], c);
            written[segment] |= mayTrap(ops[i]);
            if ((endsSegment(ops[i]) || callInTry.get(i)) && i + 1 < count) {
                segment = i + 1;
                segmentStart[segment] = true;
                // A loop body writes the balance every FLUSH_INTERVAL units, so that a guest stopped by its
                // deadline shows about what it consumed.
                loopBody[segment] = ops[i] == Op.LOOP;
            }
        }
        if (model != null && mergeRegions) {
            mergeContinuations(costs, segmentStart);
        }

        for (int i = 0; i < count; i++) {
            if (segmentStart[i] && costs[i] > 0) {
                if (fuelInLocal && loopBody[i] && !written[i]) {
                    chargeLoopBody(out, costs[i]);
                } else if (fuelInLocal) {
                    chargeLocal(out, costs[i], written[i]);
                } else {
                    charge(out, costs[i]);
                }
            } else if (fuelInLocal && segmentStart[i] && (written[i] || loopBody[i])) {
                writeFuel(out);
            }
            if (model != null && Op.isSized(ops[i])) {
                int shift = model.sizeChargeShift(ops[i]);
                if (shift >= 0) {
                    chargeSize(out, scratch, shift);
                }
            }
            if (depthLocal && landing.get(i)) {
                restoreDepth(out, savedDepth);
            }
            if (wrap && i == count - 1) {
                out.u8(0x0B);
                restoreDepth(out, savedDepth);
            }
            if (fuelInLocal && leavesFrame.get(i)) {
                writeFuel(out);
            }
            int to = i + 1 < count ? offsets[i + 1] : end;
            emit(out, ops[i], offsets[i], to);
        }
        return out.toByteArray();
    }

    /**
     * Moves the cost of each segment that follows a construct's {@code end} to the segment the construct opens in,
     * where every execution that enters the construct leaves it through that {@code end}: a {@code block},
     * {@code if} or {@code if}/{@code else} with no loop inside, no branch to a label outside it, no
     * {@code return}, tail call or exception operator, and no call inside a {@code try} (an exception caught in
     * this frame would skip the continuation). A completed execution pays exactly what it pays with every segment
     * charged at its own start; only an execution that traps, runs out of fuel or is unwound inside the construct
     * has paid for the continuation too, as it already pays for the rest of a segment it leaves early. Chains
     * merge: a continuation that opens the next construct takes that construct's continuation along.
     */
    private void mergeContinuations(long[] costs, boolean[] segmentStart) {
        int[] root = new int[count]; // the segment whose start pays for the segment starting at i, or -1
        Arrays.fill(root, -1);
        int[] openers = new int[16];
        boolean[] leftEarly = new boolean[16]; // a path through the construct may skip its end
        int depth = 0;
        int segment = 0;
        for (int i = 0; i < count; i++) {
            if (segmentStart[i]) {
                segment = i;
                if (root[i] < 0) {
                    root[i] = i;
                }
            }
            int op = ops[i];
            if (op == Op.LOOP || op == Op.RETURN || op == Op.RETURN_CALL || op == Op.RETURN_CALL_INDIRECT
                    || op == Op.RETURN_CALL_REF || op == Op.THROW || op == Op.THROW_REF || op == Op.RETHROW
                    || op == Op.TRY || op == Op.TRY_TABLE || op == Op.CATCH || op == Op.CATCH_ALL
                    || op == Op.DELEGATE || callInTry.get(i)) {
                Arrays.fill(leftEarly, 0, depth, true);
            } else if (isBranch(op)) {
                for (long label : branchLabels(offsets[i], op)) {
                    // The branch leaves every construct inside its target; a target block is left through its end.
                    int target = depth - 1 - (int) Math.min(label, depth);
                    Arrays.fill(leftEarly, Math.max(target + 1, 0), depth, true);
                }
            }
            if (op == Op.BLOCK || op == Op.LOOP || op == Op.IF || op == Op.TRY || op == Op.TRY_TABLE) {
                if (depth == openers.length) {
                    openers = Arrays.copyOf(openers, depth * 2);
                    leftEarly = Arrays.copyOf(leftEarly, depth * 2);
                }
                openers[depth] = segment;
                leftEarly[depth] = op != Op.BLOCK && op != Op.IF;
                depth++;
            } else if ((op == Op.END || op == Op.DELEGATE) && depth > 0) {
                depth--;
                if (!leftEarly[depth] && i + 1 < count && segmentStart[i + 1]) {
                    int payer = root[openers[depth]];
                    root[i + 1] = payer;
                    costs[payer] = Math.addExact(costs[payer], costs[i + 1]);
                    costs[i + 1] = 0;
                }
            }
        }
    }

    /** A {@code call} to a defined function, a {@code call_indirect} or a {@code call_ref}: what the depth counts. */
    private boolean isCountedCall(int op, int at) {
        return op == CALL_INDIRECT || op == Op.CALL_REF
                || (op == CALL && new WasmInput(wasm, at + 1, end).u32() >= importedFunctions);
    }

    private static boolean isCall(int op) {
        return op == CALL || op == CALL_INDIRECT || op == Op.CALL_REF;
    }

    /**
     * Emits one instruction: as it is, or a {@code memory.grow}/{@code table.grow} routed through the injected
     * function that records a refused growth, or a call wrapped in the call-depth count and, with the balance in
     * a local, in writing it to the global before and reading it back after (the callee, or a host that calls
     * back into the module, charges the global).
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
        } else if (isCall(op)) {
            boolean counted = inject.depthGlobal() >= 0 && isCountedCall(op, from);
            if (fuelSlot >= 0) {
                writeFuel(out);
            }
            if (counted) {
                enterCall(out);
            }
            out.bytes(wasm, from, to);
            if (counted) {
                leaveCall(out);
            }
            if (fuelSlot >= 0) {
                reloadFuel(out);
            }
            return;
        }
        out.bytes(wasm, from, to);
    }

    /** {@code depth += 1; if (depth > max) unreachable}: the callee's arguments stay on the stack. */
    private void enterCall(WasmOutput out) {
        int depth = inject.depthGlobal();
        adjust(out, depth, 1, 0x7C); // i64.add
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
        adjust(out, inject.depthGlobal(), 1, 0x7D); // i64.sub
    }

    /** {@code global = global OP constant}, with {@code OP} an i64 operator ({@code i64.add}, {@code i64.sub}). */
    private static void adjust(WasmOutput out, int global, long constant, int op) {
        out.u8(0x23);
        out.u32(global);
        out.u8(0x42);
        out.s64(constant);
        out.u8(op);
        out.u8(0x24);
        out.u32(global);
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

    /** The labels a branch may take (the instruction {@code op} at {@code at}). */
    private long[] branchLabels(int at, int op) {
        WasmInput in = new WasmInput(wasm, at + 1, end);
        if (op == Op.BR_TABLE) {
            int n = in.u32AsInt("br_table size");
            long[] labels = new long[n + 1];
            for (int i = 0; i <= n; i++) {
                labels[i] = in.u32();
            }
            return labels;
        }
        if (op == Op.BR_ON_CAST || op == Op.BR_ON_CAST_FAIL) {
            in.u32(); // sub-opcode
            in.u8(); // cast flags
        }
        return new long[] {in.u32()};
    }

    private static boolean isBranch(int op) {
        return op == Op.BR || op == Op.BR_IF || op == Op.BR_TABLE || op == Op.BR_ON_NULL || op == Op.BR_ON_NON_NULL
                || op == Op.BR_ON_CAST || op == Op.BR_ON_CAST_FAIL;
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

    /**
     * Whether an operator may trap (a guest's own trap, after which the host reads the fuel global), judged
     * conservatively: every operator except control flow, locals, globals, constants, comparisons, arithmetic
     * that cannot trap, conversions that cannot trap and the reference operators that cannot. Calls are not
     * counted here: they write the balance themselves.
     */
    private static boolean mayTrap(int op) {
        if (op > 0xFF) {
            // The saturating truncations (0xFC 0-7) cannot trap; every other prefixed operator is assumed to.
            return !((op >>> 16) == Op.FC && (op & 0xFFFF) <= 7);
        }
        if (op == Op.UNREACHABLE || op == 0x25 || op == 0x26 || (op >= 0x28 && op <= 0x3E) || op == Op.MEMORY_GROW) {
            return true; // table.get, table.set, loads and stores, memory.grow
        }
        if ((op >= 0x6D && op <= 0x70) || (op >= 0x7F && op <= 0x82)) {
            return true; // integer division and remainder
        }
        if ((op >= 0xA8 && op <= 0xAB) || (op >= 0xAE && op <= 0xB1)) {
            return true; // trapping float-to-int truncations
        }
        return op == 0xD4; // ref.as_non_null
    }

    /**
     * {@code fuel -= cost; if (fuel < 0) unreachable}: the global strategy, which reads and writes the fuel
     * global at every charge.
     */
    private void charge(WasmOutput out, long cost) {
        adjust(out, fuelGlobal, cost, 0x7D); // i64.sub
        check(out);
    }

    /**
     * The same charge on the balance in a local: {@code local -= cost}, written to the global here when
     * {@code write}, and always before an exhausted guest traps, so that the host reads a negative balance.
     */
    private void chargeLocal(WasmOutput out, long cost, boolean write) {
        subtractFromLocal(out, cost);
        if (write) {
            out.u8(0x24);
            out.u32(fuelGlobal);
            out.u8(0x20);
            out.u32(fuelSlot);
        }
        trapIfNegative(out, !write);
    }

    /** {@code local -= cost}, leaving the new balance on the stack. */
    private void subtractFromLocal(WasmOutput out, long cost) {
        out.u8(0x20);
        out.u32(fuelSlot);
        out.u8(0x42);
        out.s64(cost);
        out.u8(0x7D); // i64.sub
        out.u8(0x22); // local.tee
        out.u32(fuelSlot);
    }

    /**
     * {@code if (balance < 0) unreachable} on the balance on the stack; with {@code write}, a balance kept in a local
     * is written to the global first, so that the host reads a negative balance.
     */
    private void trapIfNegative(WasmOutput out, boolean write) {
        out.u8(0x42);
        out.u8(0x00);
        out.u8(0x53); // i64.lt_s
        out.u8(0x04);
        out.u8(0x40);
        if (write) {
            writeFuel(out);
        }
        out.u8(0x00); // unreachable
        out.u8(0x0B);
    }

    /** {@code global = local}: the balance kept in a local becomes visible to the host and to other frames. */
    private void writeFuel(WasmOutput out) {
        out.u8(0x20);
        out.u32(fuelSlot);
        out.u8(0x24);
        out.u32(fuelGlobal);
    }

    /**
     * The charge of a loop body that cannot trap: {@code local -= cost}, and when the balance falls below the flush
     * mark (never negative, so an exhausted guest always gets here), the balance is written to the global, an
     * exhausted guest traps and the mark moves {@link #FLUSH_INTERVAL} lower. Writing the global on every
     * iteration made a tight loop on Chicory's compiler cost three times its unmetered time instead of 1.5
     * (docs/performance.md); a guest stopped from outside shows at most FLUSH_INTERVAL units plus one iteration less
     * than it consumed. Completion, traps and exhaustion are unchanged: they read the global where it is written
     * anyway.
     */
    private void chargeLoopBody(WasmOutput out, long cost) {
        subtractFromLocal(out, cost);
        out.u8(0x20);
        out.u32(flushSlot);
        out.u8(0x53); // i64.lt_s
        out.u8(0x04);
        out.u8(0x40);
        writeFuel(out);
        out.u8(0x20);
        out.u32(fuelSlot);
        trapIfNegative(out, false);
        resetFlush(out);
        out.u8(0x0B);
    }

    /** {@code mark = max(local - FLUSH_INTERVAL, 0)}: at the entry and after each flush of a loop body. */
    private void resetFlush(WasmOutput out) {
        out.u8(0x20);
        out.u32(fuelSlot);
        out.u8(0x42);
        out.s64(FLUSH_INTERVAL);
        out.u8(0x7D); // i64.sub
        out.u8(0x22); // local.tee
        out.u32(flushSlot);
        out.u8(0x42);
        out.u8(0x00);
        out.u8(0x20);
        out.u32(flushSlot);
        out.u8(0x42);
        out.u8(0x00);
        out.u8(0x55); // i64.gt_s
        out.u8(0x1B); // select
        out.u8(0x21);
        out.u32(flushSlot);
    }

    /** {@code local = global}: at the entry, and after a call (the callee charged the global). */
    private void reloadFuel(WasmOutput out) {
        out.u8(0x23);
        out.u32(fuelGlobal);
        out.u8(0x21);
        out.u32(fuelSlot);
    }

    /** A size charge before a bulk operator; it may trap, so a balance kept in a local is written back too. */
    private void chargeSize(WasmOutput out, long scratch, int shift) {
        out.u8(0x22); // local.tee: the size operand stays on the stack
        out.u32(scratch);
        if (fuelSlot >= 0) {
            out.u8(0x20);
            out.u32(fuelSlot);
        } else {
            out.u8(0x23);
            out.u32(fuelGlobal);
        }
        out.u8(0x20);
        out.u32(scratch);
        out.u8(0xAD); // i64.extend_i32_u
        if (shift > 0) {
            out.u8(0x42);
            out.s64(shift);
            out.u8(0x88); // i64.shr_u
        }
        out.u8(0x7D);
        if (fuelSlot >= 0) {
            out.u8(0x22);
            out.u32(fuelSlot);
        }
        out.u8(0x24);
        out.u32(fuelGlobal);
        check(out);
    }

    private void check(WasmOutput out) {
        out.u8(0x23);
        out.u32(fuelGlobal);
        trapIfNegative(out, false);
    }
}
