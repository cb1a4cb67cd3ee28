;; tail-call-mutual: two functions tail-calling each other forever with `return_call`.
;; Stopped by: the DEADLINE -> PREEMPTED.
;; Hostile because: as tail-call-self, but the cycle spans two functions, so a check on self-recursion
;; alone misses it. Run with a small guest stack (alsoLimitedBy STACK), so that a runtime without real tail
;; calls (one JVM frame per call) overflows at once instead of racing the deadline.
(module
  (func (export "run") (result i64)
    (return_call $ping (i64.const 0)))
  (func $ping (param $n i64) (result i64)
    (return_call $pong (i64.add (local.get $n) (i64.const 1))))
  (func $pong (param $n i64) (result i64)
    (return_call $ping (i64.add (local.get $n) (i64.const 2)))))
