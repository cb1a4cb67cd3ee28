;; spin-in-callee: an outer loop calls $inner once per iteration; $inner itself spins forever, so the
;; outer loop never gets to its second iteration.
;; Stopped by: DEADLINE -> PREEMPTED.
;; Hostile because: the spinning happens in a callee's loop, not in the exported function.
(module
  (func $inner
    (loop $spin
      br $spin))
  (func (export "run")
    (loop $outer
      call $inner
      br $outer)))
