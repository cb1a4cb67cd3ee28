;; nested-loops-rare-backedge: an infinite outer loop whose back-edge is taken rarely; each outer
;; iteration runs a finite inner loop of 1,000,000,000 iterations.
;; Stopped by: DEADLINE -> PREEMPTED (the inner loop's back-edge must be checked too).
;; Hostile because: a runtime that checks only outermost loops (or only every N-th outer back-edge)
;; takes seconds to notice the deadline.
;; Observed (Chicory 1.7.5, 2026-11-24): the interpreter did NOT stop it within 5 s of the interrupt
;; (the inner back-edge is a br_if); the compiler stopped it at once.
(module
  (func (export "run")
    (local $i i32)
    (loop $outer
      i32.const 0
      local.set $i
      (loop $inner
        local.get $i
        i32.const 1
        i32.add
        local.tee $i
        i32.const 1000000000
        i32.lt_u
        br_if $inner)
      br $outer)))
