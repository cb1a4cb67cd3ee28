package io.github.wasmsandbox.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fuel, grow-denial recording and the call-depth counter on the control-flow proposals: exception handling
 * ({@code try_table}, {@code throw}, legacy {@code try/catch}), tail calls, typed function references and GC.
 * wabt 1.0.0 (the in-JVM {@code wat2wasm}) cannot compile these, so the modules are written here as bytes, one
 * instruction a line with its text form beside it. Exception handling and tail calls run on Chicory 1.7.5's
 * interpreter; GC and typed function references on Chicory's and on Endive 1.0.0's. Legacy exception handling
 * ({@code try/catch/delegate/rethrow}) runs on neither (both reject opcode 0x06), so it is checked by its bytes.
 *
 * <p>Costs are by hand in the {@link CostModel#WASMTIME} model (everything 1 except nop, drop, block, loop,
 * unreachable, return, else, end and the legacy try, catch, catch_all, delegate, which are 0); a segment ends
 * after every branch, throw, catch and end, and after a call inside a try.
 */
@DisplayName("control-flow proposals: exception handling, tail calls, function references, GC")
class ControlFlowProposalsTest {

    // ---------------------------------------------------------------- module builder

    /** Hex bytes; everything after a {@code ;} up to the line's end is a comment. */
    static byte[] hex(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : text.split("\n")) {
            int comment = line.indexOf(';');
            String code = comment >= 0 ? line.substring(0, comment) : line;
            for (String b : code.trim().split("\\s+")) {
                if (!b.isEmpty()) {
                    out.write(Integer.parseInt(b, 16));
                }
            }
        }
        return out.toByteArray();
    }

    static void u32(ByteArrayOutputStream out, long v) {
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }

    static byte[] section(int id, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(id);
        u32(out, content.length);
        out.writeBytes(content);
        return out.toByteArray();
    }

    static byte[] section(int id, String hexContent) {
        return section(id, hex(hexContent));
    }

    /** An export section of functions: name, index, name, index, ... */
    static byte[] exports(Object... nameIndex) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        u32(out, nameIndex.length / 2);
        for (int i = 0; i < nameIndex.length; i += 2) {
            byte[] name = ((String) nameIndex[i]).getBytes(StandardCharsets.UTF_8);
            u32(out, name.length);
            out.writeBytes(name);
            out.write(0x00);
            u32(out, (Integer) nameIndex[i + 1]);
        }
        return section(7, out.toByteArray());
    }

    /** A code section: each body is hex (locals and instructions), its size is prefixed here. */
    static byte[] code(String... bodies) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        u32(out, bodies.length);
        for (String body : bodies) {
            byte[] b = hex(body);
            u32(out, b.length);
            out.writeBytes(b);
        }
        return section(10, out.toByteArray());
    }

    static byte[] module(byte[]... sections) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(hex("00 61 73 6d 01 00 00 00"));
        for (byte[] s : sections) {
            out.writeBytes(s);
        }
        return out.toByteArray();
    }

    static RewriteOptions fuel(long budget) {
        return RewriteOptions.builder().fuel(budget).build();
    }

    // ---------------------------------------------------------------- exception handling and tail calls (Chicory)

    /** {@code count++; br_if $l (count < n)} with $n = local 0, $count = local 1: 8 operators. */
    static final String COUNT_AND_LOOP = """
            20 01  41 01  6a  21 01         ; local.get $count  i32.const 1  i32.add  local.set $count
            20 01  20 00  49  0d 00         ; local.get $count  local.get $n  i32.lt_u  br_if $l
            """;

    static final byte[] EH = module(
            section(1, """
                    02                      ; 2 types
                    60 00 00                ; type 0: [] -> []
                    60 01 7f 01 7f          ; type 1: [i32] -> [i32]
                    """),
            section(3, "07  00 01 01 00 00 01 01"), // functions 0..6 and their types
            section(13, "01  00 00"), // one tag $e of type 0
            exports("loop_throw", 1, "loop_call", 2, "loop_catcher", 5, "tail", 6),
            code(
                    // 0 $thrower: throw $e                                            cost 1
                    "00  08 00  0b",
                    // 1 loop_throw(n): n times a try_table whose body throws; 10n + 1
                    "01 01 7f                   ; local $count i32\n"
                            + """
                            03 40                   ; loop $l                          segment: loop (0)
                            02 40                   ;   block $h                       segment: block try_table throw (2)
                            1f 40 01 02 00          ;     try_table (catch_all $h)
                            08 00                   ;       throw $e
                            0b                      ;     end                          segment: end (0, never runs)
                            0b                      ;   end                            segment: end (0)
                            """ + COUNT_AND_LOOP + """
                            0b                      ; end                              segment: (0)
                            20 01  0b               ; local.get $count                 segment: 1
                            """,
                    // 2 loop_call(n): the throw comes from a callee; 11n + 1 (the call ends a segment: exact)
                    "01 01 7f\n"
                            + """
                            03 40                   ; loop $l
                            02 40                   ;   block $h                       segment: block try_table call (2)
                            1f 40 01 02 00          ;     try_table (catch_all $h)
                            10 00                   ;       call $thrower             (callee: 1)
                            41 07  1a               ;       i32.const 7  drop          segment: 1, never runs
                            0b                      ;     end
                            0b                      ;   end
                            """ + COUNT_AND_LOOP + """
                            0b
                            20 01  0b
                            """,
                    // 3 $mid: call $thrower
                    "00  10 00  0b",
                    // 4 $catcher: a try_table whose catch_all targets the function's own label
                    """
                    00
                    1f 40 01 02 00                  ; try_table (catch_all 0): 0 is the function label
                    10 03                           ;   call $mid
                    0b                              ; end
                    0b
                    """,
                    // 5 loop_catcher(n): calls $catcher n times
                    "01 01 7f\n"
                            + """
                            03 40                   ; loop $l
                            10 04                   ;   call $catcher
                            """ + COUNT_AND_LOOP + """
                            0b
                            20 01  0b
                            """,
                    // 6 tail(n): return_call itself n times; 7n + 4
                    """
                    00
                    20 00  45  04 40                ; local.get $n  i32.eqz  if        segment: 3
                    41 2a  0f                       ;   i32.const 42  return           segment: 1
                    0b                              ; end                              segment: 0
                    20 00  41 01  6b  12 06         ; local.get $n  i32.const 1  i32.sub  return_call $tail: 4
                    0b
                    """));

    static com.dylibso.chicory.runtime.Instance chicory(byte[] wasm) {
        return com.dylibso.chicory.runtime.Instance.builder(com.dylibso.chicory.wasm.Parser.parse(wasm)).build();
    }

    static long global(com.dylibso.chicory.runtime.Instance instance, String name) {
        return instance.exports().global(name).getValue();
    }

    @Test
    @DisplayName("the originals run on Chicory and give the expected results")
    void originals() {
        var instance = chicory(EH);
        assertThat(instance.export("loop_throw").apply(100)[0]).isEqualTo(100);
        assertThat(instance.export("loop_call").apply(100)[0]).isEqualTo(100);
        assertThat(instance.export("loop_catcher").apply(100)[0]).isEqualTo(100);
        assertThat(instance.export("tail").apply(1000)[0]).isEqualTo(42);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"loop_throw 100 1001", "loop_call 100 1101", "tail 1000 7004"})
    @DisplayName("try_table/throw, throw from a callee and return_call loops: exact fuel, exhaustion at budget - 1")
    void exactFuel(String spec) {
        String[] s = spec.split(" ");
        String export = s[0];
        long n = Long.parseLong(s[1]);
        long cost = Long.parseLong(s[2]);
        long expected = export.equals("tail") ? 42 : n;

        var exact = chicory(ModuleRewriter.rewrite(EH, fuel(cost)));
        assertThat(exact.export(export).apply(n)[0]).isEqualTo(expected);
        assertThat(global(exact, FuelMetering.GLOBAL_EXPORT_NAME)).isZero();

        var roomy = chicory(ModuleRewriter.rewrite(EH, fuel(1_000_000)));
        assertThat(roomy.export(export).apply(n)[0]).isEqualTo(expected);
        assertThat(FuelMetering.consumed(1_000_000, global(roomy, FuelMetering.GLOBAL_EXPORT_NAME))).isEqualTo(cost);

        var starved = chicory(ModuleRewriter.rewrite(EH, fuel(cost - 1)));
        assertThatThrownBy(() -> starved.export(export).apply(n))
                .isInstanceOf(com.dylibso.chicory.runtime.TrapException.class);
        assertThat(FuelMetering.isExhausted(global(starved, FuelMetering.GLOBAL_EXPORT_NAME))).isTrue();
    }

    @Test
    @DisplayName("a caught exception puts the call depth back: frames it unwound never decremented it")
    void depthRestoredAfterCaughtException() {
        // loop_call: depth 0 -> 1 in $thrower, caught in loop_call. loop_catcher: 0 -> 1 $catcher -> 2 $mid -> 3
        // $thrower, caught by $catcher's catch that targets its function label (the wrapped body restores 1 there,
        // then loop_call's own decrement gives 0). Without the restore the depth would climb by 1 (2) per iteration.
        // 100 iterations, not more: Chicory 1.7.5's interpreter continues a frame that caught an exception in a
        // nested Java call, so its Java stack grows by a few frames per caught exception, and 1000 iterations
        // overflowed the test thread's stack depending on the JIT state. A depth that is not restored would pass
        // the limit of 3 at the second iteration.
        RewriteOptions options = RewriteOptions.builder().fuel(1_000_000).maxCallDepth(3).build();
        var instance = chicory(ModuleRewriter.rewrite(EH, options));
        assertThat(instance.export("loop_call").apply(100)[0]).isEqualTo(100);
        assertThat(global(instance, Evidence.CALL_DEPTH_EXPORT)).isZero();
        assertThat(instance.export("loop_catcher").apply(100)[0]).isEqualTo(100);
        assertThat(global(instance, Evidence.CALL_DEPTH_EXPORT)).isZero();

        // The limit still holds: $catcher -> $mid -> $thrower needs depth 3.
        var shallow = chicory(ModuleRewriter.rewrite(EH, RewriteOptions.builder().maxCallDepth(2).build()));
        assertThatThrownBy(() -> shallow.export("loop_catcher").apply(1))
                .isInstanceOf(com.dylibso.chicory.runtime.TrapException.class);
        assertThat(global(shallow, Evidence.CALL_DEPTH_EXPORT)).isEqualTo(3);
    }

    @Test
    @DisplayName("the type section, the tag section and every untouched section are copied verbatim")
    void tagSectionCopied() {
        byte[] rewritten = ModuleRewriter.rewrite(EH, RewriteOptions.none());
        assertThat(rewritten).isEqualTo(EH);
    }

    // ---------------------------------------------------------------- legacy exception handling

    static final byte[] LEGACY = module(
            section(1, "02  60 00 00  60 01 7f 01 7f"),
            section(3, "02  00 01"),
            section(13, "01  00 00"),
            exports("legacy", 1),
            code(
                    "00  08 00  0b",                      // 0 $thrower
                    "01 01 7f\n"                          // 1 legacy(n): 9n + 1
                            + """
                            03 40                   ; loop $l                          segment: 0
                            06 40                   ;   try                            segment: try call (1)
                            10 00                   ;     call $thrower
                            07 00                   ;   catch $e                       segment: catch (0, not run)
                            20 01  41 01  6a  21 01 ;     count++                      segment: 4 (the landing)
                            0b                      ;   end
                            20 01  20 00  49  0d 00 ;   br_if $l (count < n)           segment: 4
                            0b
                            20 01  0b               ;                                  segment: 1
                            """));

    @Test
    @DisplayName("legacy try/catch/delegate/rethrow: decoded, rewritten, and the catch restores the depth")
    void legacyTry() {
        byte[] rewritten = ModuleRewriter.rewrite(LEGACY, RewriteOptions.builder().fuel(1_000_000).maxCallDepth(1).build());
        // Neither Chicory 1.7.5 nor Endive 1.0.0 runs legacy exception handling (both reject opcode 0x06 as
        // illegal); the rewritten body is checked by
        // its bytes: the entry depth saved, restored right after the catch.
        String text = java.util.HexFormat.ofDelimiter(" ").formatHex(rewritten);
        // global 1 is the depth counter (fuel is global 0), local 2 the saved depth
        assertThat(text).contains("20 02 24 01 20 01 41 01 6a"); // local.get $saved; global.set $depth; count++
        assertThat(text).contains("02 01 7f 01 7e 23 01 21 02"); // locals i32, + i64; global.get $depth; local.set
    }

    @Test
    @DisplayName("delegate and rethrow end segments and are decoded")
    void delegateRethrow() {
        byte[] wasm = module(
                section(1, "01  60 00 00"),
                section(3, "01  00"),
                section(13, "01  00 00"),
                code("""
                        00
                        06 40                       ; try
                        06 40                       ;   try
                        08 00                       ;     throw $e
                        18 00                       ;   delegate 0
                        07 00                       ; catch $e
                        19                          ; catch_all
                        09 00                       ;   rethrow 0
                        0b
                        0b
                        """));
        byte[] rewritten = ModuleRewriter.rewrite(wasm, fuel(100));
        // throw (1) charged in its own segment; rethrow (1) in the catch_all arm's segment
        String text = java.util.HexFormat.ofDelimiter(" ").formatHex(rewritten);
        assertThat(text.split("42 01 7d", -1)).hasSize(3); // two charges of 1
        assertThat(text).contains("42 01 7d 24 00 23 00 42 00 53 04 40 00 0b 06 40 06 40 08 00"); // at the entry
        assertThat(text).contains("19 23 00 42 01 7d"); // and right after catch_all, for rethrow
    }

    // ---------------------------------------------------------------- GC and typed function references (Endive)

    static final byte[] GC = module(
            section(1, """
                    01                          ; 1 entry: a rec group of 2 types
                    4e 02                       ; rec
                    5f 00                       ;   type 0 $s: (struct)
                    60 01 7f 01 7f              ;   type 1 $f: [i32] -> [i32]
                    """),
            section(3, "04  01 01 01 01"),
            section(4, """
                    01                          ; 1 table
                    40 00  64 01  00 01         ; (table 1 (ref $f) ...) min 1, no max
                    d2 02 0b                    ;   initialised with (ref.func $tail)
                    """),
            exports("cast_loop", 0, "null_loop", 1, "tail", 2, "grow", 3),
            section(9, "01  03 00 01 02"), // declarative element segment: ref.func $tail
            code(
                    // 0 cast_loop(n): br_on_cast taken every iteration; 10n + 3
                    "02 01 7f 01 6e              ; locals: $count i32, $r anyref\n"
                            + """
                            fb 01 00                ; struct.new_default $s            segment: 2
                            21 02                   ; local.set $r
                            03 40                   ; loop $l
                            02 64 00                ;   block $b (result (ref $s))     segment: 2
                            20 02                   ;     local.get $r
                            fb 18 01 00 6e 00       ;     br_on_cast $b anyref (ref $s)
                            1a                      ;     drop                         segment: 1, never runs
                            fb 01 00                ;     struct.new_default $s
                            0b                      ;   end
                            1a                      ;   drop                           segment: 8
                            """ + COUNT_AND_LOOP + """
                            0b
                            20 01  0b               ;                                  segment: 1
                            """,
                    // 1 null_loop(n): br_on_null taken every iteration; 10n + 1
                    "02 01 7f 01 70              ; locals: $count i32, $g funcref (null)\n"
                            + """
                            03 40                   ; loop $l
                            02 40                   ;   block $z                       segment: 2
                            20 02                   ;     local.get $g
                            d5 00                   ;     br_on_null $z
                            1a                      ;     drop                         segment: 0
                            0b                      ;   end
                            """ + COUNT_AND_LOOP + """
                            0b
                            20 01  0b
                            """,
                    // 2 tail(n): return_call_ref itself n times; 8n + 4
                    """
                    00
                    20 00  45  04 40                ; local.get $n  i32.eqz  if        segment: 3
                    41 2a  0f                       ;   i32.const 42  return           segment: 1
                    0b
                    20 00  41 01  6b                ; local.get $n  i32.const 1  i32.sub   segment: 5
                    d2 02  15 01                    ; ref.func $tail  return_call_ref $f
                    0b
                    """,
                    // 3 grow(n): table.grow of the (ref $f) table by n, filled with $tail
                    """
                    00
                    d2 02  20 00  fc 0f 00          ; ref.func $tail  local.get $n  table.grow 0
                    0b
                    """));

    static run.endive.runtime.Instance endive(byte[] wasm) {
        return run.endive.runtime.Instance.builder(run.endive.wasm.Parser.parse(wasm)).build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cast_loop 100 1003", "null_loop 100 1001", "tail 1000 8004"})
    @DisplayName("br_on_cast, br_on_null and return_call_ref loops on Chicory: exact fuel, exhaustion at budget - 1")
    void gcExactFuelChicory(String spec) {
        String[] s = spec.split(" ");
        String export = s[0];
        long n = Long.parseLong(s[1]);
        long cost = Long.parseLong(s[2]);
        long expected = export.equals("tail") ? 42 : n;
        assertThat(chicory(GC).export(export).apply(n)[0]).isEqualTo(expected);
        var exact = chicory(ModuleRewriter.rewrite(GC, fuel(cost)));
        assertThat(exact.export(export).apply(n)[0]).isEqualTo(expected);
        assertThat(global(exact, FuelMetering.GLOBAL_EXPORT_NAME)).isZero();
        var starved = chicory(ModuleRewriter.rewrite(GC, fuel(cost - 1)));
        assertThatThrownBy(() -> starved.export(export).apply(n)).isInstanceOf(RuntimeException.class);
        assertThat(global(starved, FuelMetering.GLOBAL_EXPORT_NAME)).isNegative();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cast_loop 100 1003", "null_loop 100 1001", "tail 1000 8004"})
    @DisplayName("br_on_cast, br_on_null and return_call_ref loops on Endive: exact fuel, exhaustion at budget - 1")
    void gcExactFuel(String spec) {
        String[] s = spec.split(" ");
        String export = s[0];
        long n = Long.parseLong(s[1]);
        long cost = Long.parseLong(s[2]);
        long expected = export.equals("tail") ? 42 : n;
        assertThat(endive(GC).export(export).apply(n)[0]).isEqualTo(expected);

        Function<Long, run.endive.runtime.Instance> metered = budget -> endive(ModuleRewriter.rewrite(GC, fuel(budget)));
        var exact = metered.apply(cost);
        assertThat(exact.export(export).apply(n)[0]).isEqualTo(expected);
        assertThat(exact.exports().global(FuelMetering.GLOBAL_EXPORT_NAME).getValue()).isZero();

        var starved = metered.apply(cost - 1);
        assertThatThrownBy(() -> starved.export(export).apply(n)).isInstanceOf(RuntimeException.class);
        assertThat(starved.exports().global(FuelMetering.GLOBAL_EXPORT_NAME).getValue()).isNegative();
    }

    @Test
    @DisplayName("rec groups: the injected types take the indices after every member; typed tables are capped and grown")
    void recGroupsAndTypedTables() {
        RewriteOptions options = RewriteOptions.builder().fuel(1_000_000).maxTableElements(3).recordGrowDenials()
                .maxCallDepth(100).build();
        var instance = endive(ModuleRewriter.rewrite(GC, options));
        assertThat(instance.export("grow").apply(2)[0]).isEqualTo(1); // old size
        assertThat(instance.exports().global(Evidence.GROW_DENIED_EXPORT).getValue()).isZero();
        assertThat((int) instance.export("grow").apply(1)[0]).isEqualTo(-1); // 3 + 1 > cap
        assertThat(instance.exports().global(Evidence.GROW_DENIED_EXPORT).getValue()).isEqualTo(1);
        assertThat(instance.export("tail").apply(10)[0]).isEqualTo(42);
        assertThat(instance.export("cast_loop").apply(10)[0]).isEqualTo(10);
        assertThat(ModuleRewriter.rewrite(GC, RewriteOptions.none())).isEqualTo(GC);
    }

    @Nested
    @DisplayName("decoding")
    class Decoding {
        @Test
        @DisplayName("every GC operator's immediates are skipped exactly")
        void gcImmediates() {
            byte[] wasm = module(
                    section(1, """
                            03
                            5f 02 7f 01 78 00           ; type 0: (struct (field (mut i32)) (field i8))
                            5e 7f 01                    ; type 1: (array (mut i32))
                            60 00 00                    ; type 2: [] -> []
                            """),
                    section(3, "01  02"),
                    section(9, "01  01 00 00"), // one passive element segment: funcref, no functions
                    section(12, "01"),
                    code("""
                            01 01 6d                    ; local (ref null eq)
                            fb 01 00  fb 02 00 00  1a   ; struct.new_default 0  struct.get 0 0  drop
                            fb 01 00  fb 04 00 01  1a   ; struct.new_default 0  struct.get_u 0 1  drop
                            41 03  fb 07 01             ; i32.const 3  array.new_default 1
                            fb 0f  1a                   ; array.len  drop
                            41 01 41 02 fb 08 01 02 1a  ; array.new_fixed 1 2  drop
                            41 00 41 00 fb 09 01 00 1a  ; array.new_data 1 0  drop
                            41 00 fb 1c  fb 1d  1a      ; ref.i31  i31.get_s  drop
                            d0 6e  fb 14 6c  1a         ; ref.null any  ref.test i31  drop
                            d0 6e  fb 17 6b  1a         ; ref.null any  ref.cast null struct  drop
                            d0 6f  fb 1a  fb 1b  1a     ; ref.null extern  any.convert_extern  extern.convert_any  drop
                            02 6e  d0 6e  fb 19 03 00 6e 6d  0b  1a  ; block (result anyref) ref.null any br_on_cast_fail 0 any eq end drop
                            d0 6d  d0 6d  d3  1a        ; ref.eq  drop
                            0b
                            """),
                    section(11, "01  01 00")); // one passive data segment of 0 bytes
            byte[] rewritten = ModuleRewriter.rewrite(wasm, fuel(1000));
            run.endive.wasm.Parser.parse(rewritten); // validates
        }

        @Test
        @DisplayName("try_table with every catch kind, throw_ref and exnref locals")
        void catchKinds() {
            byte[] wasm = module(
                    section(1, "02  60 00 00  60 00 01 69"),
                    section(3, "01  01"),
                    section(13, "01  00 00"),
                    code("""
                            00
                            02 69                       ; block (result exnref)
                            02 69                       ;   block (result exnref)
                            02 40                       ;     block
                            1f 40 04                    ;       try_table with 4 catches
                            00 00 00  01 00 01  02 00  03 01 ;   catch $e 0, catch_ref $e 1, catch_all 0, catch_all_ref 1
                            08 00                       ;         throw $e
                            0b  0b                      ;       end end
                            d0 69  0b                   ;     ref.null exn  end
                            0a                          ;   throw_ref
                            0b
                            0b
                            """));
            byte[] rewritten = ModuleRewriter.rewrite(wasm, RewriteOptions.builder().fuel(1000).maxCallDepth(5).build());
            com.dylibso.chicory.wasm.Parser.parse(rewritten);
        }
    }
}
