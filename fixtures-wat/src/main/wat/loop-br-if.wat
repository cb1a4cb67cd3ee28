;; loop-br-if: an infinite loop whose back-edge is a conditional `br_if` with an always-true condition.
;; Stopped by: DEADLINE -> PREEMPTED.
;; Hostile because: a runtime that only checks unconditional `br` back-edges misses this one.
;; Observed (Chicory 1.7.5, 2026-11-24): the interpreter did NOT stop this loop when its thread was
;; interrupted (still running 5 s later); the compiler stopped it at once.
(module
  (func (export "run")
    (loop $spin
      i32.const 1
      br_if $spin)))
