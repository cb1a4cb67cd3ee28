;; simd-spin: an infinite loop of v128 (SIMD) arithmetic.
;; Stopped by: DEADLINE -> PREEMPTED. Needs SIMD.
;; Hostile because: SIMD code paths are often separately compiled; they must still check back-edges.
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
