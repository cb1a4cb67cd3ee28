;; start-unbounded-recursion: the start function recurses without bound (instantiate only).
;; Stopped by: the STACK limit -> STACK_EXHAUSTED.
;; Hostile because: the stack overflows while the module is being instantiated, where a sandbox may not yet
;; expect guest code to run.
(module
  (func $down (param $n i64) (result i64)
    (i64.add (call $down (i64.add (local.get $n) (i64.const 1))) (i64.const 1)))
  (func $start
    (drop (call $down (i64.const 0))))
  (start $start))
