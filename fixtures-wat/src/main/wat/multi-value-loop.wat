;; multi-value-loop: an infinite loop with block parameters (i32 i32) -> (i32 i32) that keeps
;; computing Fibonacci pairs on the operand stack, inside a multi-value block.
;; Stopped by: DEADLINE -> PREEMPTED. Needs multi-value.
;; Hostile because: the back-edge carries values; a compiler that mishandles loop params may skip checks.
(module
  (func (export "run") (result i32 i32)
    (local $x i32) (local $y i32)
    (block $out (result i32 i32)
      i32.const 0
      i32.const 1
      (loop $spin (param i32 i32) (result i32 i32)
        local.set $y
        local.set $x
        local.get $y
        local.get $x
        local.get $y
        i32.add
        br $spin))))
