package io.github.wasmsandbox.benchmarks;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.Invocation;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The guests the benchmarks run: two CPU-bound WAT programs (the tightest loop and call-heavy recursion) and
 * real modules from {@code ../shared/real-wasm} (set {@code -Dwasm.sandbox.shared=DIR} to point elsewhere). The
 * interpreter gets a tenth of the work (it is tens of times slower); compare ratios within one runtime only.
 */
public enum Workload {
    /** 2,000,000 iterations (interpreter: 200,000) of a short loop: the worst case for per-back-edge checks. */
    LOOP("loop") {
        @Override
        Invocation invocation(boolean interpreter) {
            return Invocation.of(GuestModule.ofWat("loop", """
                    (module (func (export "run") (param $n i32) (result i32) (local $i i32) (local $acc i32)
                      (loop $l
                        (local.set $acc (i32.add (local.get $acc) (i32.mul (local.get $i) (local.get $i))))
                        (local.set $i (i32.add (local.get $i) (i32.const 1)))
                        (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
                      (local.get $acc)))""")).call("run", interpreter ? 200_000 : 2_000_000);
        }
    },
    /** fib(24) (interpreter: fib(19)), naively recursive: the worst case for per-call checks. */
    FIB("fib") {
        @Override
        Invocation invocation(boolean interpreter) {
            return Invocation.of(GuestModule.ofWat("fib", """
                    (module (func $fib (export "fib") (param i32) (result i32)
                      (if (result i32) (i32.lt_u (local.get 0) (i32.const 2)) (then (local.get 0))
                        (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                                       (call $fib (i32.sub (local.get 0) (i32.const 2))))))))"""))
                    .call("fib", interpreter ? 19 : 24);
        }
    },
    /** count_vowels (Rust) over 200,000 bytes (interpreter: 20,000) of its memory. */
    COUNT_VOWELS("count_vowels.rs") {
        @Override
        Invocation invocation(boolean interpreter) {
            return Invocation.of(real("count_vowels.rs.wasm")).call("count_vowels", 1024, interpreter ? 20_000 : 200_000);
        }
    },
    /** power.c's {@code run(20)}. */
    POWER_C("power.c") {
        @Override
        Invocation invocation(boolean interpreter) {
            return Invocation.of(real("power.c.wasm")).call("run", 20);
        }
    },
    /** complex.c's {@code run()}. */
    COMPLEX_C("complex.c") {
        @Override
        Invocation invocation(boolean interpreter) {
            return Invocation.of(real("complex.c.wasm")).call("run");
        }
    };

    private final String label;

    Workload(String label) {
        this.label = label;
    }

    /** The name in reports. */
    public String label() {
        return label;
    }

    /** What to run; {@code interpreter} asks for the smaller size. */
    abstract Invocation invocation(boolean interpreter);

    /** Whether the workload is a real module built by another toolchain. */
    public boolean real() {
        return this != LOOP && this != FIB;
    }

    static GuestModule real(String file) {
        Path path = Path.of(System.getProperty("wasm.sandbox.shared", "../shared"), "real-wasm", file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path.toAbsolutePath() + " is missing: run the benchmarks from the project"
                    + " root with ../shared beside it, or set -Dwasm.sandbox.shared=DIR");
        }
        return GuestModule.fromFile(path);
    }
}
