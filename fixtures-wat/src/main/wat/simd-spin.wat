;; simd-spin: an infinite loop of v128 (SIMD) arithmetic.
;; Stopped by: DEADLINE -> PREEMPTED. Needs SIMD.
;; Hostile because: SIMD code paths are often separately compiled; they must still check back-edges.
;; Observed (Chicory 1.7.5, 2026-11-24): neither the default interpreter nor the compiler executes SIMD
;; (interpreter: "Machine doesn't recognize Instruction"; compiler: "Unhandled opcode: V128_CONST"),
;; so on Chicory this fixture fails at once instead of spinning.
(module
  (func (export "run")
    (local $v v128)
    (loop $spin
      local.get $v
      v128.const i32x4 1 2 3 4
      i32x4.add
      local.get $v
      i32x4.mul
      local.set $v
      br $spin)))
