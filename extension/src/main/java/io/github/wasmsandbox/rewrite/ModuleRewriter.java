package io.github.wasmsandbox.rewrite;

import io.github.wasmsandbox.rewrite.Injection.AddedExport;
import io.github.wasmsandbox.rewrite.ModuleIndex.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Rewrites a WebAssembly binary module so that limits hold on any runtime: fuel metering injected into the
 * code, and memory/table maxima clamped. Pure Java; nothing runs the module.
 *
 * <p><b>What changes.</b> Every section the rewrite does not touch is copied byte for byte, custom sections
 * (such as {@code name}) included. Only the table, memory, global, export and code sections are re-encoded,
 * and only when an option asks for it. No function, global, table or memory index shifts: the fuel global is
 * appended after all globals, and the locals the limits need are appended after all locals.
 *
 * <p><b>Fuel design.</b> Function bodies are cut into straight-line segments. A new segment starts at the
 * function entry, at the start of each {@code loop} body, of each {@code if} then-arm and {@code else} arm,
 * after each {@code end}, and after each branch ({@code br}, {@code br_if}, {@code br_table},
 * {@code br_on_null}, {@code br_on_non_null}, {@code br_on_cast}, {@code br_on_cast_fail}, {@code return},
 * {@code return_call*}, {@code unreachable}, {@code throw}, {@code throw_ref}, {@code rethrow}), after each legacy
 * {@code catch}, {@code catch_all} and {@code delegate}, and after each call inside a {@code try}/{@code try_table}
 * (an exception it throws may be caught here); other calls stay inside a segment. A {@code try_table} is a block:
 * its catch clauses are branches to labels whose targets already start segments. At the start of a
 * segment whose static cost {@code C} is positive the rewriter inserts
 * <pre>
 * global.get $fuel  i64.const C  i64.sub  global.set $fuel
 * global.get $fuel  i64.const 0  i64.lt_s  if  unreachable  end
 * </pre>
 * Every segment is checked, not only loop headers and function entries: the check is what makes
 * "a budget one below the cost traps, the exact budget completes" hold even for the last, loop-free segment
 * of a call, and it bounds the work between two checks by one segment. Since every back edge lands on a loop
 * header and every call on a function entry, both of which start a charged and checked segment, no unbounded
 * execution escapes metering (given a model that does not make every operator of a loop free). Because a
 * segment runs to its end unless it traps, charging it up front is exact for completed executions.
 * The injected instructions themselves are not charged.
 *
 * <p><b>The balance in a local.</b> In a module without tail calls, a function with a {@code loop} and without a
 * {@code try} keeps the balance in an added {@code i64} local (the same charges on a local) and writes it to the
 * global wherever another frame or the host can read it: before every call (and reads it back after), before
 * the frame ends, at every segment that contains an operator that may trap, at every loop body and before an
 * exhausted guest traps. Every count the host reads is the same as with the global alone. A module with tail
 * calls keeps the balance in the global only: Chicory 1.7.5's interpreter fails on a {@code return_call} into a
 * function with more locals than the frame it replaces.
 *
 * <p><b>Size charges.</b> When the {@link CostModel#sizeChargeShift(int)} of a bulk operator or
 * {@code memory.grow}/{@code table.grow} is {@code >= 0}, the size operand on top of the stack is saved in
 * a scratch {@code i32} local and {@code size >>> shift} is charged (and checked) just before the operator.
 *
 * <p><b>Call depth and exceptions.</b> With a call-depth counter, every call ({@code call} to a defined function,
 * {@code call_indirect}, {@code call_ref}) is wrapped in {@code depth += 1 ... depth -= 1}. An exception caught
 * in a frame skips the decrements of every frame it unwound, so a function that contains a {@code try} or
 * {@code try_table} saves the depth at its entry in an added {@code i64} local and stores it back at every
 * catch landing (the target of a {@code try_table} catch clause, the start of a legacy {@code catch} arm). A catch
 * clause that targets the function's own label lands in the caller; such a function's body is wrapped in one
 * block of the function's type, at whose end the depth is restored before returning.
 *
 * <p><b>Caps.</b> Defined memories and tables get their maximum clamped to the cap (a maximum is added
 * when none is declared), so {@code memory.grow}/{@code table.grow} return -1 past the cap on any
 * conforming runtime. A declared minimum above the cap throws {@link LimitExceededException}. Imported
 * memories and tables are left alone: their limits must match the host's object at link time, and the host
 * that provides them is the one that must cap them.
 *
 * <p><b>Threads.</b> Atomic instructions are metered like any other operator. A
 * {@code memory.atomic.wait} blocks without consuming fuel while it waits: fuel bounds computation, not
 * waiting, so hosts that allow shared memories must also bound wall-clock time.
 *
 * <p><b>Decoded.</b> MVP and every post-MVP proposal the runtimes execute: exception handling (tags,
 * {@code try_table}, {@code throw}, {@code throw_ref}, legacy {@code try/catch/catch_all/delegate/rethrow}),
 * tail calls, typed function references, GC (rec groups, sub types, struct and array types, {@code 0xFB}
 * operators, {@code (ref null ht)} value types, tables with element types beyond funcref/externref and with
 * initialiser expressions), SIMD, threads, bulk memory, reference types, multi-memory. The type and tag sections
 * are copied verbatim.
 *
 * <p><b>Refused.</b> memory64/table64, unknown opcodes and sections: a {@link ModuleRewriteException}
 * names the function index, the byte offset and the opcode.
 *
 * <p>Thread-safe and stateless.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ModuleRewriter {

    private ModuleRewriter() {}

    /**
     * Rewrites a module.
     *
     * @param wasm the binary module (not modified)
     * @param options what to inject and clamp
     * @return a new binary module
     * @throws LimitExceededException when a defined memory or table has a minimum above the cap
     * @throws ModuleRewriteException when the module is malformed or uses a feature the rewriter refuses
     */
    public static byte[] rewrite(byte[] wasm, RewriteOptions options) {
        Objects.requireNonNull(wasm, "wasm");
        Objects.requireNonNull(options, "options");
        return new Job(wasm, options, true, true).run();
    }

    /**
     * Rewrites a module, choosing whether the fuel balance may live in added locals: {@code false} keeps it in the
     * global everywhere, for tests that compare the two strategies.
     */
    static byte[] rewrite(byte[] wasm, RewriteOptions options, boolean balanceInLocals) {
        return new Job(wasm, options, balanceInLocals, true).run();
    }

    /**
     * Rewrites a module with a chosen strategy: {@code mergeRegions == false} charges every segment at its own
     * start, for tests that compare the placements (the same fuel on every completed execution).
     */
    static byte[] rewrite(byte[] wasm, RewriteOptions options, boolean balanceInLocals, boolean mergeRegions) {
        return new Job(wasm, options, balanceInLocals, mergeRegions).run();
    }


    private static final class Job {
        private final byte[] wasm;
        private final RewriteOptions options;
        private final boolean balanceInLocals;
        private final boolean mergeRegions;
        private ModuleIndex index;

        Job(byte[] wasm, RewriteOptions options, boolean balanceInLocals, boolean mergeRegions) {
            this.wasm = wasm;
            this.options = options;
            this.balanceInLocals = balanceInLocals;
            this.mergeRegions = mergeRegions;
        }

        byte[] run() {
            index = new ModuleIndex(wasm);
            List<Section> sections = index.sections();
            Injection inject = new Injection(index, options);
            List<AddedExport> added = new ArrayList<>(inject.exports());
            List<Section> ordered = new ArrayList<>(sections);
            if (options.startExport().isPresent()) {
                for (Section s : sections) {
                    if (s.id() == ModuleIndex.SEC_START) {
                        long startFunction = new WasmInput(wasm, s.start(), s.end()).u32();
                        added.add(new AddedExport(options.startExport().get(), 0x00, startFunction));
                        ordered.remove(s);
                    }
                }
            }
            if (options.memoryExport().isPresent() && (index.importedMemories > 0 || index.definesMemory())) {
                added.add(new AddedExport(options.memoryExport().get(), 0x02, 0));
            }
            if (!inject.isEmpty()) {
                ModuleIndex.ensureSection(ordered, ModuleIndex.SEC_TYPE);
                ModuleIndex.ensureSection(ordered, ModuleIndex.SEC_FUNCTION);
                ModuleIndex.ensureSection(ordered, ModuleIndex.SEC_GLOBAL);
                ModuleIndex.ensureSection(ordered, ModuleIndex.SEC_CODE);
            }
            if (!added.isEmpty()) {
                ModuleIndex.ensureSection(ordered, ModuleIndex.SEC_EXPORT);
            }
            WasmOutput out = new WasmOutput();
            out.bytes(wasm, 0, 8);
            for (Section s : ordered) {
                byte[] content;
                switch (s.id()) {
                    case ModuleIndex.SEC_TYPE:
                        content = inject.isEmpty() ? null : appendAll(s, index.typeEntries, inject.types());
                        break;
                    case ModuleIndex.SEC_FUNCTION:
                        content = inject.isEmpty() ? null : appendAll(s, index.functionTypes.length, inject.functionTypes());
                        break;
                    case ModuleIndex.SEC_TABLE:
                        content = options.maxTableElements().isPresent() ? tables(s) : null;
                        break;
                    case ModuleIndex.SEC_MEMORY:
                        content = options.maxMemoryPages().isPresent() ? memories(s) : null;
                        break;
                    case ModuleIndex.SEC_GLOBAL:
                        content = inject.isEmpty() ? null : appendAll(s, index.definedGlobals, inject.globals());
                        break;
                    case ModuleIndex.SEC_EXPORT:
                        content = added.isEmpty() ? null : exports(s, index.globalCount(), added);
                        break;
                    case ModuleIndex.SEC_CODE:
                        content = code(s, inject);
                        break;
                    default:
                        content = null;
                }
                out.u8(s.id());
                if (content == null) {
                    out.u32(s.end() - s.start());
                    out.bytes(wasm, s.start(), s.end());
                } else {
                    out.u32(content.length);
                    out.bytes(content);
                }
            }
            return out.toByteArray();
        }

        /**
         * Writes limits {flags, min, max or -1} with the maximum clamped to the cap (and the has-maximum flag set),
         * or refuses a declared minimum above the cap.
         */
        private static void writeClamped(WasmOutput out, long[] limits, int cap, String kind, int index, String unit,
                String option) {
            long min = limits[1];
            if (min > cap) {
                throw new LimitExceededException(kind + " " + index + " declares a minimum of " + min + " " + unit
                        + ", above the cap " + option + "=" + cap + "; raise " + option + " to at least " + min
                        + " or rebuild the module with a smaller initial " + kind);
            }
            out.u8((int) limits[0] | 1);
            out.u32(min);
            out.u32(limits[2] < 0 ? cap : Math.min(limits[2], cap));
        }

        private byte[] memories(Section s) {
            WasmInput in = new WasmInput(wasm, s.start(), s.end());
            long n = in.u32();
            int cap = options.maxMemoryPages().getAsInt();
            WasmOutput out = new WasmOutput();
            out.u32(n);
            for (int i = 0; i < n; i++) {
                writeClamped(out, ModuleIndex.limits(in, true), cap, "memory", index.importedMemories + i, "pages", "maxMemoryPages");
            }
            return out.toByteArray();
        }

        private byte[] tables(Section s) {
            WasmInput in = new WasmInput(wasm, s.start(), s.end());
            long n = in.u32();
            int cap = options.maxTableElements().getAsInt();
            WasmOutput out = new WasmOutput();
            out.u32(n);
            for (int i = 0; i < n; i++) {
                int from = in.pos;
                boolean withInit = in.peek() == 0x40;
                if (withInit) { // 0x40 0x00 reftype limits expr
                    in.u8();
                    in.u8();
                }
                ModuleIndex.refType(in, index.importedTables + i);
                out.bytes(wasm, from, in.pos);
                writeClamped(out, ModuleIndex.limits(in, false), cap, "table", index.importedTables + i, "elements", "maxTableElements");
                if (withInit) {
                    int expr = in.pos;
                    ModuleIndex.constantExpression(in, index.globalCount());
                    out.bytes(wasm, expr, in.pos);
                }
            }
            return out.toByteArray();
        }

        private byte[] exports(Section s, int globalCount, List<AddedExport> added) {
            WasmOutput out = new WasmOutput();
            if (s.start() < 0) {
                out.u32(added.size());
            } else {
                WasmInput in = new WasmInput(wasm, s.start(), s.end());
                long n = in.u32();
                int body = in.pos;
                for (long i = 0; i < n; i++) {
                    String name = in.name();
                    for (AddedExport a : added) {
                        if (name.equals(a.name())) {
                            throw new ModuleRewriteException("the module already exports the reserved name \""
                                    + a.name() + "\"; rename that export before rewriting");
                        }
                    }
                    int kind = in.u8();
                    long index = in.u32();
                    if (kind == 0x03 && index >= globalCount) {
                        throw new ModuleRewriteException("export \"" + name + "\" names global " + index
                                + ", which does not exist (the module has " + globalCount + " globals; it is invalid)");
                    }
                }
                out.u32(n + added.size());
                out.bytes(wasm, body, s.end());
            }
            for (AddedExport a : added) {
                out.name(a.name());
                out.u8(a.kind());
                out.u32(a.index());
            }
            return out.toByteArray();
        }

        /** A vector section (possibly absent) of {@code count} entries, copied, with {@code entries} appended. */
        private byte[] appendAll(Section s, int count, List<byte[]> entries) {
            WasmOutput out = new WasmOutput();
            out.u32((long) count + entries.size());
            if (s.start() >= 0) {
                WasmInput in = new WasmInput(wasm, s.start(), s.end());
                in.u32();
                out.bytes(wasm, in.pos, s.end());
            }
            entries.forEach(out::bytes);
            return out.toByteArray();
        }

        private byte[] code(Section s, Injection inject) {
            WasmOutput out = new WasmOutput();
            if (s.start() < 0) {
                out.u32(inject.bodies().size());
            } else {
                WasmInput in = new WasmInput(wasm, s.start(), s.end());
                long n = in.u32();
                out.u32(n + inject.bodies().size());
                List<FunctionRewriter> functions = new ArrayList<>();
                boolean tailCalls = false;
                for (int i = 0; i < n; i++) {
                    int size = in.u32AsInt("body size");
                    int start = in.pos;
                    in.skip(size);
                    long params = index.paramCount(i);
                    FunctionRewriter function = new FunctionRewriter(wasm, start, start + size, index.importedFuncs + i,
                            index.functionTypes[i], params, index.globalCount(), index.importedFuncs, inject);
                    tailCalls |= function.hasTailCall();
                    functions.add(function);
                }
                if (in.hasMore()) {
                    throw new ModuleRewriteException("malformed code section: trailing bytes at offset " + in.pos);
                }
                // A tail call may enter any function (return_call_indirect, return_call_ref), and Chicory 1.7.5's
                // interpreter fails on a return_call into a function with more locals than the frame it replaces:
                // a module with tail calls keeps its fuel balance in the global.
                boolean locals = balanceInLocals && !tailCalls;
                for (FunctionRewriter function : functions) {
                    byte[] body = function.rewrite(locals, mergeRegions);
                    out.u32(body.length);
                    out.bytes(body);
                }
            }
            for (byte[] body : inject.bodies()) {
                out.u32(body.length);
                out.bytes(body);
            }
            return out.toByteArray();
        }
    }
}
