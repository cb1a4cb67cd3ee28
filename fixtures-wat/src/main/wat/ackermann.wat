;; ackermann: the Ackermann function without loops. ack(2, 500) needs about 250,000 calls at a call
;; depth of about 1,000; a loop-free binary driver repeats it 2^40 times (driver depth 40), so it
;; never finishes while the stack stays shallow.
;; Stopped by: DEADLINE -> PREEMPTED (calls must be checked).
;; Hostile because: pure recursion, no loops, no host calls, bounded stack.
;; Observed (Chicory 1.7.5, 2026-11-24): still running after 3 s on interpreter and compiler; both stop
;; it on interrupt. (Unbounded recursion exhausts Chicory's call stack within ~0.2-0.4 s.)
(module
  (func $ack (param $m i32) (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $m))
      (then (i32.add (local.get $n) (i32.const 1)))
      (else
        (if (result i32) (i32.eqz (local.get $n))
          (then (call $ack (i32.sub (local.get $m) (i32.const 1)) (i32.const 1)))
          (else
            (call $ack (i32.sub (local.get $m) (i32.const 1))
              (call $ack (local.get $m) (i32.sub (local.get $n) (i32.const 1)))))))))
  ;; repeat(d) = ack(2, 500) when d = 0, else repeat(d - 1) + repeat(d - 1)
  (func $repeat (param $d i32) (result i32)
    (if (result i32) (i32.eqz (local.get $d))
      (then (call $ack (i32.const 2) (i32.const 500)))
      (else
        (i32.add
          (call $repeat (i32.sub (local.get $d) (i32.const 1)))
          (call $repeat (i32.sub (local.get $d) (i32.const 1)))))))
  (func (export "run") (result i32)
    (call $repeat (i32.const 40))))
