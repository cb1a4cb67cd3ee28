;; loop-br-if: an infinite loop whose back-edge is a conditional `br_if` with an always-true condition.
;; Stopped by: DEADLINE -> PREEMPTED.
;; Hostile because: a runtime that only checks unconditional `br` back-edges misses this one.
(module
  (func (export "run")
    (loop $spin
      i32.const 1
      br_if $spin)))
