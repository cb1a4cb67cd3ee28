;; loop-br-table: an infinite loop whose back-edge is a `br_table` (every target is the loop).
;; Stopped by: DEADLINE -> PREEMPTED.
;; Hostile because: a runtime that checks `br`/`br_if` back-edges but not `br_table` ones never stops it.
;; Observed (Chicory 1.7.5, 2026-11-24): the interpreter did NOT stop this loop when its thread was
;; interrupted (still running 5 s later); the compiler stopped it at once.
(module
  (func (export "run")
    (loop $spin
      i32.const 0
      br_table $spin $spin)))
