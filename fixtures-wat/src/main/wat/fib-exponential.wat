;; fib-exponential: naive doubly recursive fib(45) (about 3.7e9 calls, depth at most 45), no loops.
;; Stopped by: DEADLINE -> PREEMPTED (interruption must be checked at calls, not only at back-edges).
;; Hostile because: there is no loop at all; it runs for minutes on a shallow stack.
(module
  (func $fib (param $n i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $n) (i32.const 2))
      (then (local.get $n))
      (else
        (i32.add
          (call $fib (i32.sub (local.get $n) (i32.const 1)))
          (call $fib (i32.sub (local.get $n) (i32.const 2)))))))
  (func (export "run") (result i32)
    (call $fib (i32.const 45))))
